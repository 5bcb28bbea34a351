"""Domestic acts, one state on both sides (the real-news golds' convention): a state's armed or security forces
moved to a city or region of their own state ("the army deployed troops across Kara") are its act at home; moved to
the state named as a whole, or abroad, they are not coded so. Invented sentences; real states and places."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo", "togolais", "Togolese"]),
    ("kara", "Kara", "GPE", "TGO", None, None, ["Kara"]),
    ("ghana", "Ghana", "GPE", "GHA", None, "GOV", ["Ghana", "ghanéen", "Ghanaian"]),
    ("fat", "Togolese Armed Forces", "ORG", None, "TGO", "MIL", ["Togolese Armed Forces"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The Togolese Armed Forces deployed troops across Kara on Sunday."),
        ("en", "The Togolese Armed Forces have troops deployed across Kara."),
    ],
)
def test_events_home_deployments_are_the_state_on_itself(lang, text):
    assert ({"TGO"}, {"TGO"}) in sides(run(text, lang), "MOBILIZE")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The Togolese Armed Forces deployed troops across Togo on Sunday."),
        ("en", "The Togolese Armed Forces deployed troops in Ghana on Sunday."),
    ],
)
def test_events_home_deployments_to_the_state_or_abroad_are_not(lang, text):
    assert ({"TGO"}, {"TGO"}) not in sides(run(text, lang), "MOBILIZE")
