"""Talks, a meeting or a visit called off are a rejection of the other party (the real-news golds code a state
calling off its talks, meeting or trip with another REJECT of that other). "Called on" stays a request, and what
is called off that is no talks (a search, a strike) is no act. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("norway", "Norway", "GPE", "NOR", None, "GOV", ["Norway", "Norwegian"]),
    ("sweden", "Sweden", "GPE", "SWE", None, "GOV", ["Sweden", "Swedish"]),
]


@pytest.mark.parametrize(
    "text",
    [
        "Norway called off its fishery talks with Sweden on Monday after the border incident.",
        "The Norwegian government has called off a planned meeting with Sweden over the border dispute.",
    ],
)
def test_events_called_off_talks_reject_the_other_party(text: str) -> None:
    assert ({"NOR"}, {"SWE"}) in sides(coded(text, "en", KB), "REJECT")


def test_events_called_off_talks_call_on_stays_a_request() -> None:
    text = "Norway called on Sweden to resume the fishery talks on Monday."
    found = coded(text, "en", KB)
    assert ({"NOR"}, {"SWE"}) in sides(found, "REQUEST")
    assert ({"NOR"}, {"SWE"}) not in sides(found, "REJECT")


def test_events_called_off_talks_other_things_called_off_stay_unread() -> None:
    text = "Norway called off the search for the missing Swedish trawler on Monday."
    assert ({"NOR"}, {"SWE"}) not in sides(coded(text, "en", KB), "REJECT")
