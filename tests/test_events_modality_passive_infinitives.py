"""An act named by a passive infinitive under a verb of wanting, asking or need ("called for the two men to be
released", "need to be freed") is wanted, not done, as the active infinitive is ("called on X to release them"):
the passive auxiliary is no perfect one ("announced it had released them", « a annoncé avoir libéré », a done act
stays done). Invented sentences; real states, invented people."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("norway", "Norway", "GPE", "NOR", None, "GOV", ["Norway", "Norwegian", "Norvège"]),
    ("sweden", "Sweden", "GPE", "SWE", None, "GOV", ["Sweden", "Swedish", "Stockholm", "Suède", "suédois"]),
]


@pytest.mark.parametrize(
    "text",
    [
        "The Norwegian minister said that the fishermen held by Sweden need to be released immediately.",
        "The Norwegian prime minister called for Per Olsen and Ola Berg to be released, speaking in Stockholm.",
        "Norway urged the fishermen to be freed by Sweden.",
    ],
)
def test_events_modality_passive_infinitive_of_a_wanted_act_is_not_done(text: str) -> None:
    assert not sides(coded(text, "en", KB), "RETREAT")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Norway announced it had released the Swedish fishermen.", "en"),
        ("La Norvège a annoncé avoir libéré les pêcheurs suédois.", "fr"),
    ],
)
def test_events_modality_perfect_infinitive_or_past_stays_done(text: str, lang: str) -> None:
    assert ({"NOR"}, {"SWE"}) in sides(coded(text, lang, KB), "RETREAT")
