"""Domestic acts, one state on both sides (the real-news golds' convention): a person the text names meeting an
unnamed group of their own state ("the president huddled with officials") is a meeting at home; two persons named,
or a group of another state, are not coded so. Invented sentences; real states, invented people."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo", "togolais", "Togolese"]),
    ("ghana", "Ghana", "GPE", "GHA", None, "GOV", ["Ghana", "ghanéen", "Ghanaian"]),
    ("mensah", "Kofi Mensah", "PERSON", None, "TGO", "GOV", ["Kofi Mensah", "Mensah"]),
    ("adjei", "Ama Adjei", "PERSON", None, "TGO", "GOV", ["Ama Adjei", "Adjei"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Togo's President Kofi Mensah huddled with officials on Monday to discuss the budget."),
        ("en", "In Togo, President Kofi Mensah met with officials on Monday to discuss the budget."),
    ],
)
def test_events_home_meetings_with_an_unnamed_home_group(lang, text):
    assert ({"TGO"}, {"TGO"}) in sides(run(text, lang), "CONSULT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Togolese President Kofi Mensah met Togolese minister Ama Adjei on Monday."),
        ("en", "Togolese President Kofi Mensah met officials from Ghana on Monday."),
    ],
)
def test_events_home_meetings_of_named_persons_or_foreign_groups_are_not(lang, text):
    assert ({"TGO"}, {"TGO"}) not in sides(run(text, lang), "CONSULT")
