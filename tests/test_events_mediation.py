"""Mediation: a third party that facilitates or sponsors talks between others consults with both (CONSULT from the
mediator to the sides: "a facilité les pourparlers entre X et Y", "négociations ... facilitées par Z", "facilitated
talks between X and Y", "sponsored negotiations"); facilitating anything else is no act. Invented sentences; real
states."""

from __future__ import annotations

import pytest

from test_events import coded
from test_events_trigger_paradigms import KB, realised_sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Japon a facilité les pourparlers entre la Russie et l'Ukraine."),
        ("fr", "Les négociations entre la Russie et l'Ukraine, facilitées par le Japon, ont repris."),
        ("fr", "Le Japon facilite le dialogue entre la Russie et l'Ukraine."),
        ("fr", "Le Japon a parrainé des négociations entre la Russie et l'Ukraine."),
        ("en", "Japan facilitated talks between Russia and Ukraine."),
        ("en", "Japan sponsored negotiations between Russia and Ukraine."),
        ("en", "Japan has facilitated a dialogue between Russia and Ukraine."),
    ],
)
def test_events_mediation_the_mediator_consults_both_sides(lang: str, text: str) -> None:
    found = realised_sides(text, lang, "CONSULT")
    assert ({"JPN"}, {"RUS", "UKR"}) in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Japon a facilité l'accès des journalistes à la Russie."),
        ("en", "Japan facilitated trade with Russia."),
    ],
)
def test_events_mediation_facilitating_no_talks_is_no_act(lang: str, text: str) -> None:
    assert not [e for e in coded(text, lang, KB) if e["type"] == "CONSULT"]
