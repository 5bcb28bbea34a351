"""Support verbs: a verb that does the act its event-noun object names ("a eu des entretiens avec X", "had talks
with X", "a procédé à des frappes sur X", "engaged in attacks on X", "a déclaré la guerre à X") codes one act, the
verb's subject as its actor; a phone call is a conversation, and a visit of X to Y is X's. Each form in French and
English where it exists; negatives where the verb does not do the act. Invented people; real states."""

from __future__ import annotations

import pytest

from test_events import coded
from test_events_trigger_paradigms import KB, realised_sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

PARADIGM = [
    # avoir / have + a meeting noun
    ("fr", "Pierre Dupont a eu des entretiens avec le Japon à Tokyo.", "CONSULT", "FRA", "JPN"),
    ("fr", "La France a eu une longue discussion avec le Japon.", "CONSULT", "FRA", "JPN"),
    ("fr", "La France a eu une réunion avec le Japon mardi.", "CONSULT", "FRA", "JPN"),
    ("fr", "La France a déjà eu trois rencontres avec le Japon cette année.", "CONSULT", "FRA", "JPN"),
    ("en", "John Smith had talks with Japan in Tokyo.", "CONSULT", "USA", "JPN"),
    ("en", "France had a meeting with Japan on Tuesday.", "CONSULT", "FRA", "JPN"),
    ("en", "France has had several discussions with Japan.", "CONSULT", "FRA", "JPN"),
    ("en", "John Smith had a phone call with Japan's prime minister.", "CONSULT", "USA", "JPN"),
    ("en", "John Smith held a telephone call with Japan's prime minister.", "CONSULT", "USA", "JPN"),
    # ouvrir / open + negotiations
    ("fr", "La France a ouvert des négociations avec le Japon.", "CONSULT", "FRA", "JPN"),
    ("fr", "La France a ouvert des pourparlers avec le Japon.", "CONSULT", "FRA", "JPN"),
    ("en", "France opened negotiations with Japan.", "CONSULT", "FRA", "JPN"),
    ("en", "France opened talks with Japan.", "CONSULT", "FRA", "JPN"),
    ("en", "France entered into negotiations with Japan.", "CONSULT", "FRA", "JPN"),
    # a support verb through a preposition: procéder à, se livrer à, recourir à; engage in, resort to
    ("fr", "La Russie a procédé à des frappes sur l'Ukraine.", "ASSAULT", "RUS", "UKR"),
    ("fr", "La Russie a procédé à des bombardements contre l'Ukraine.", "ASSAULT", "RUS", "UKR"),
    ("fr", "La Russie s'est livrée à des attaques contre l'Ukraine.", "ASSAULT", "RUS", "UKR"),
    ("fr", "La Russie a recouru à des frappes aériennes contre l'Ukraine.", "ASSAULT", "RUS", "UKR"),
    ("fr", "La police russe a procédé à l'arrestation d'un journaliste japonais.", "COERCE", "RUS", "JPN"),
    ("fr", "La Russie a procédé à l'expulsion de deux diplomates japonais.", "COERCE", "RUS", "JPN"),
    ("en", "Russia engaged in attacks on Ukraine.", "ASSAULT", "RUS", "UKR"),
    ("en", "Russia resorted to air strikes against Ukraine.", "ASSAULT", "RUS", "UKR"),
    ("en", "Russia engaged in talks with Japan.", "CONSULT", "RUS", "JPN"),
    # déclarer / declare war
    ("fr", "La Russie a déclaré la guerre à l'Ukraine.", "ASSAULT", "RUS", "UKR"),
    ("en", "Russia declared war on Ukraine.", "ASSAULT", "RUS", "UKR"),
    # the visit of X to Y, with its destination: X visits
    ("fr", "La visite de Pierre Dupont au Japon a duré trois jours.", "CONSULT", "FRA", "JPN"),
    ("fr", "La visite de Pierre Dupont en Chine a commencé lundi.", "CONSULT", "FRA", "CHN"),
    ("en", "The visit of John Smith to Japan lasted three days.", "CONSULT", "USA", "JPN"),
    ("en", "John Smith's visit to Japan lasted three days.", "CONSULT", "USA", "JPN"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actor", "recipient"), PARADIGM)
def test_events_support_verbs_code_the_noun_act_of_the_subject(
    lang: str, text: str, etype: str, actor: str, recipient: str
) -> None:
    found = realised_sides(text, lang, etype)
    assert ({actor}, {recipient}) in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a meeting the subject only speaks of, or had with no one named
        ("fr", "La France a eu des mots durs contre le Japon."),
        ("en", "France had harsh words for Japan."),
        # a call for something is a request, not a conversation
        ("en", "John Smith issued a call for calm to Japan."),
        # a support verb whose noun is no act
        ("fr", "La France a procédé à un remaniement du gouvernement."),
        ("en", "France engaged in a review of its budget."),
    ],
)
def test_events_support_verbs_code_no_meeting_without_one(lang: str, text: str) -> None:
    assert not [e for e in coded(text, lang, KB) if e["type"] == "CONSULT"]
