"""Sides that a clause gives an event noun or verb through a link the parse makes loose: the second noun of a
coordination under a support verb ("announced the suspension of talks and the expulsion of ten diplomats").
Invented sentences, French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("norway", "Norway", "GPE", "NOR", None, "GOV", ["Norvège", "Norway"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russie", "Russia", "russes", "Russian"]),
]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Norvège a annoncé lundi la suspension des contacts et l'expulsion de dix diplomates russes.", "fr"),
        ("La Norvège a annoncé la suspension des contacts ainsi que l'expulsion de dix diplomates russes.", "fr"),
        ("Norway announced the suspension of contacts and the expulsion of ten Russian diplomats on Monday.", "en"),
    ],
)
def test_events_side_links_second_noun_of_a_support_verb(text: str, lang: str) -> None:
    assert ({"NOR"}, {"RUS"}) in sides(coded(text, lang, KB), "COERCE")
