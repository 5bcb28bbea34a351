"""Domestic acts, one state on both sides (the real-news golds' convention): the story's home state, named as such,
acting on a home object ("Togo shut the internet off") or granting a concession ("le Togo a gracié trois cents
prisonniers") acts on its own people, as its organs do; another state named in the story does not. Invented
sentences, French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo", "togolais", "Togolese"]),
    ("ghana", "Ghana", "GPE", "GHA", None, "GOV", ["Ghana", "ghanéen", "Ghanaian"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "lang,text,etype",
    [
        ("en", "Togo shut the internet off on Sunday.", "COERCE"),
        ("fr", "Le Togo a gracié trois cents prisonniers mardi.", "CONCEDE"),
    ],
)
def test_events_home_state_acts_on_its_own_people(lang, text, etype):
    assert ({"TGO"}, {"TGO"}) in sides(run(text, lang), etype)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Togo held a vote on Sunday. Togo's opposition rejected the results. Ghana shut the internet off."),
    ],
)
def test_events_home_state_acts_of_another_state_are_not(lang, text):
    assert ({"GHA"}, {"GHA"}) not in sides(run(text, lang), "COERCE")
