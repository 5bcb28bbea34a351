"""Classes of trigger words added to the lexicons (lang/<code>/events.tsv) from the 'no trigger' misses of the real
dev texts: shutting down or pulling down premises and media; closing an embassy; the encircling of the seat of power;
moving ships and aircraft. Each class is read with its conditions: the same word with no such
object or complement is no event. Invented sentences, real states, invented people."""

from __future__ import annotations

import pytest

from test_events import coded
from test_events_trigger_paradigms import KB
from veille.analysis.events import is_realised

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        # shutting down premises, media or the internet (COERCE); an embassy or a border (SANCTION)
        ("en", "Japan shut down a Chinese newspaper.", "COERCE"),
        ("en", "The police of Japan closed down the shops of Chinese traders.", "COERCE"),
        ("en", "Japan pulled down the houses of Chinese villagers.", "COERCE"),
        ("en", "Japan shut its embassy in China.", "SANCTION"),
        ("en", "Japan ordered the closure of the embassy of China.", "SANCTION"),
        ("fr", "Le Japon a fermé les boutiques des commerçants chinois.", "COERCE"),
        # the seat of power encircled
        ("en", "Japanese soldiers surrounded the presidential palace of China.", "COERCE"),
        ("fr", "L'armée japonaise a encerclé le palais présidentiel chinois.", "COERCE"),
        # ships and aircraft moved to a sea
        ("en", "China deployed ships to the waters of Japan.", "MOBILIZE"),
        ("en", "China assigned more vessels to the waters of Japan.", "MOBILIZE"),
        ("en", "China sent warships and aircraft to the waters of Japan.", "MOBILIZE"),
    ],
)
def test_events_lexicon_classes_a_member_of_the_class_is_read(lang, text, etype):
    events = coded(text, lang, KB)
    assert any(e["type"] == etype and is_realised(e) for e in events), [(e["type"], e["modality"]) for e in events]


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "Japan shut the door of the meeting room.", "COERCE"),  # no premises of a party
        ("en", "Japan closed the debate on the budget.", "COERCE"),
        ("en", "John Smith pulled down the blinds of his office.", "COERCE"),  # no homes
        ("en", "Japan pulled out of the talks with China.", "COERCE"),  # no particle 'down'
        ("en", "Japan announced the closure of a factory.", "SANCTION"),  # no embassy, no border
        ("en", "Fans of Japan surrounded the team bus.", "COERCE"),  # no seat of power
        ("fr", "Les supporters du Japon ont encerclé le bus de l'équipe.", "COERCE"),
        ("fr", "Le Japon a fermé la porte de la salle.", "COERCE"),
        ("en", "China assigned a new teacher to the school.", "MOBILIZE"),  # no forces
        ("en", "China sent letters to Japan.", "MOBILIZE"),
    ],
)
def test_events_lexicon_classes_the_word_without_its_condition_is_no_event(lang, text, etype):
    assert not [e for e in coded(text, lang, KB) if e["type"] == etype and is_realised(e)]
