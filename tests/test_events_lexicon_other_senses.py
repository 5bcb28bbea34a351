"""A trigger word in a sense that is no act, told by its complement or its form: "demonstrates that" shows, "had
been encouraged by" is heartened, "refused to comment" and « se refuser à tout commentaire » decline a question,
a trade war (« guerre commerciale ») is no armed act, « se réclamant de » claims a name, « arrivés au pouvoir » came
to power, « évacué dans une clinique » is taken to care, and « l'appel entre X et Y » is a phone call, no appeal.
The same words in their sense of an act stay read. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import PUBLISHED
from veille.analysis.context import context_of
from veille.analysis.events.frame import new_frame
from veille.analysis.events.triggers import match_trigger
from veille.analysis.nlp import parse

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

OTHER_SENSES = [
    (
        "en",
        "The new treaty demonstrates that Norway remains committed to its partnership with Sweden.",
        "demonstrates",
        None,
    ),
    ("en", "Oslo had been encouraged by the talks between Norway and Sweden last week.", "encouraged", None),
    ("en", "The trade war between Norway and Sweden has hurt fishermen on both sides.", "war", None),
    ("en", "A Norwegian official refused to comment on the Swedish proposal.", "refused", None),
    ("fr", "Le porte-parole norvégien s'est refusé mardi à tout commentaire.", "refusé", None),
    ("fr", "La guerre commerciale entre la Norvège et la Suède pèse sur les pêcheurs.", "guerre", None),
    ("fr", "Des militants se réclamant du Front du Nord ont manifesté lundi à Oslo.", "réclamant", None),
    (
        "fr",
        "La crise s'aggrave depuis que les militaires norvégiens arrivés au pouvoir ont rompu avec Oslo.",
        "arrivés",
        None,
    ),
    ("fr", "Évacué vers une clinique de Stockholm, le diplomate norvégien y est mort lundi.", "Évacué", None),
    ("fr", "Appel entre le ministre norvégien et la ministre suédoise", "Appel", "CONSULT"),
]

ACTS = [
    (
        "en",
        "Hundreds of Norwegians demonstrated outside the Swedish embassy in Oslo on Monday.",
        "demonstrated",
        "PROTEST",
    ),
    ("en", "Norway encouraged Sweden to resume the fishery talks.", "encouraged", "REQUEST"),
    ("en", "The war between Norway and Sweden killed thousands of soldiers.", "war", "ASSAULT"),
    ("en", "Norway refused the Swedish proposal on Monday.", "refused", "REJECT"),
    ("fr", "La Norvège a refusé la proposition suédoise lundi.", "refusé", "REJECT"),
    ("fr", "La guerre entre la Norvège et la Suède a tué des milliers de soldats.", "guerre", "ASSAULT"),
    ("fr", "La Norvège réclame à la Suède la libération des pêcheurs.", "réclame", "REQUEST"),
    ("fr", "Des soldats norvégiens sont arrivés en Suède lundi.", "arrivés", "MOBILIZE"),
    ("fr", "La Norvège a évacué ses ressortissants de Suède.", "évacué", "RETREAT"),
    ("fr", "Le ministre norvégien a eu un appel téléphonique avec la ministre suédoise.", "appel", "CONSULT"),
    ("fr", "L'appel de la Norvège à la retenue a été entendu par la Suède.", "appel", "REQUEST"),
]


@pytest.mark.parametrize(("lang", "text", "word", "etype"), OTHER_SENSES)
def test_events_lexicon_other_senses_read_no_act(lang: str, text: str, word: str, etype: str | None) -> None:
    assert reading(text, lang, word) == etype  # none, or the phone call the word tells


@pytest.mark.parametrize(("lang", "text", "word", "etype"), ACTS)
def test_events_lexicon_other_senses_the_act_stays(lang: str, text: str, word: str, etype: str) -> None:
    assert reading(text, lang, word) == etype


def reading(text: str, lang: str, word: str) -> str | None:
    doc = parse(text, lang)
    f = new_frame(context_of(doc, lang, PUBLISHED, None), [], [], lang=lang, published=PUBLISHED, source="body")
    hit = match_trigger(f, next(t for t in doc if t.text == word))
    return hit[0].type if hit else None
