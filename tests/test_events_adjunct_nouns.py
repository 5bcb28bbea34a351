"""An event noun of events.json ``adjunct_nouns`` set as an adjunct of its clause by a light preposition, with no
light noun before it ("in support of X", « en soutien à X »), makes its clause do the act, as "in a show of support
for X" does (tests/test_events_light_nouns.py): the clause's subject supports, the noun's complement is supported.
A compound preposition (« en plus du soutien »), a noun that governs the phrase, or no party named: no act.
Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded
from test_events_trigger_paradigms import KB, realised_sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Japan sent two warships to the region in support of Ukraine."),
        ("en", "Japan launched the operation in support of the Ukrainian government."),
        ("en", "Japan voted in support of Ukraine at the assembly."),
        ("fr", "Le Japon a envoyé deux navires en soutien à l'Ukraine."),
    ],
)
def test_events_adjunct_nouns_make_their_clause_support(lang, text):
    found = realised_sides(text, lang, "SUPPORT")
    assert ({"JPN"}, {"UKR"}) in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "En plus du soutien financier, le Japon a formé des soldats ukrainiens."),
        ("en", "Japan voted in support of the budget."),
        ("en", "Rallies in support of Ukraine were held across Japan."),
        ("en", "Ukraine thanked Japan for the vote."),
    ],
)
def test_events_adjunct_nouns_near_misses_support_no_one(lang, text):
    assert not [
        e for e in coded(text, lang, KB) if e["type"] == "SUPPORT" and {"JPN"} <= {p["code"] for p in e["actors"]}
    ]
