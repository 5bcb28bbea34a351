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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a mediator whose object names no sides brought together those of the story's latest armed or mutual act
        ("en", "Russian strikes hit Ukraine on Friday. Japan, which mediated the ceasefire, welcomed the news."),
        ("en", "The truce between Russia and Ukraine took effect. Japan, which brokered the deal, sent observers."),
        ("en", "The truce between Russia and Ukraine took effect. Japan and France, which mediated the truce, met."),
    ],
)
def test_events_mediation_the_mediator_of_the_story_s_truce_consults_its_sides(lang: str, text: str) -> None:
    found = realised_sides(text, lang, "CONSULT")
    assert any(a <= {"JPN", "FRA"} and r == {"RUS", "UKR"} for a, r in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no earlier act between two other sides: the mediator is given none
        ("en", "Japan mediated the talks on Friday."),
        # a discussion of the truce is no mediation: its sides are not the discussants' partners
        ("en", "The truce between Russia and Ukraine took effect. Japan, which discussed the truce, sent observers."),
    ],
)
def test_events_mediation_without_a_mediated_act_names_no_sides(lang: str, text: str) -> None:
    found = realised_sides(text, lang, "CONSULT")
    assert not [r for a, r in found if "JPN" in a and r], found
