"""A visit noun that is the purpose of an arrival ("X arrived in Malmo, Sweden, for a visit") is the arriving
party's visit of the state of the place it arrives at (``arrival_visit_verbs`` and ``arrival_visit_cases`` of
``lang/en/events.json``; :func:`veille.analysis.events.visitors.arrival_sides`). Before, such a noun named no side
of its own, so the visit was dropped for want of an actor. Near misses: an arrival in a city of the visitor's own
state, an arrival for talks (no visit noun), an arrival with no visit. Invented people and sentences; real
states."""

from __future__ import annotations

import pytest

from test_events import coded, typed_sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("norway", "Norway", "GPE", "NOR", None, "GOV", ["Norway", "Norwegian"]),
    ("sweden", "Sweden", "GPE", "SWE", None, "GOV", ["Sweden", "Swedish"]),
    ("stockholm", "Stockholm", "GPE", None, "SWE", "GOV", ["Stockholm"]),
    ("malmo", "Malmo", "GPE", None, "SWE", "GOV", ["Malmo"]),
    ("bergen", "Bergen", "GPE", None, "NOR", "GOV", ["Bergen"]),
    ("olsen", "Per Olsen", "PERSON", None, "NOR", "GOV", ["Per Olsen"]),
]
VISIT = ("CONSULT", frozenset({"NOR"}), frozenset({"SWE"}))


@pytest.mark.parametrize(
    "text",
    [
        "Per Olsen arrived in Malmo, Sweden, late on Friday for a working visit.",
        "Per Olsen arrived in the Swedish capital of Stockholm on Monday night for a state visit.",
        "Norwegian Prime Minister Per Olsen landed in Stockholm for an official visit, his first abroad.",
        "Per Olsen has arrived in Sweden for a short visit, officials said.",
    ],
)
def test_events_arrival_visits_give_the_visit_its_visitor_and_host(text: str) -> None:
    assert VISIT in typed_sides(coded(text, "en", KB))


@pytest.mark.parametrize(
    "text",
    [
        "Per Olsen arrived in Bergen for a visit to a shipyard.",
        "Per Olsen arrived in Stockholm for talks.",
        "Per Olsen arrived in Sweden on Monday.",
    ],
)
def test_events_arrival_visits_near_misses_read_no_visit(text: str) -> None:
    assert not any(etype == "CONSULT" for etype, _, _ in typed_sides(coded(text, "en", KB)))
