"""A flight is a visit only when a visitor flies: "the foreign minister flew to Oslo" is CONSULT (visit), as the
golds code a leader's or envoy's travel; an aircraft that flies ("the airliner crashed as it flew to India", "a
military plane flew to India") and a person carried home ("he was flown back to New Delhi on a chartered jet")
visit no one (events.tsv ``fly`` row: conditions ``active`` and ``notsubj=``). Near misses: an official flying,
in the past or the progressive, stays a visit. Invented sentences, real states, no real people."""

from __future__ import annotations

import pytest

from test_events import sides
from test_events_two_states_kb import run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "text",
    [
        "Norway said the airliner crashed as it flew to India.",
        "Norway freed the Indian captain on Saturday, and he was flown back to New Delhi, the capital of India, on "
        "a chartered jet.",
        "Norway released the Indian sailor, and he was flown to India the next day.",
        "A Norwegian military plane flew to India on Monday.",
    ],
)
def test_events_flights_carried_or_aircraft_no_visit(text):
    assert not sides(run(text), "CONSULT")


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        ("India's foreign minister flew to Oslo on Monday for talks.", "IND", "NOR"),
        ("The Indian prime minister is flying to Norway for talks on trade.", "IND", "NOR"),
        ("Norway's foreign minister flew to New Delhi on Sunday.", "NOR", "IND"),
    ],
)
def test_events_flights_of_officials_stay_visits(text, visitor, host):
    assert any(visitor in a and host in r for a, r in sides(run(text), "CONSULT"))
