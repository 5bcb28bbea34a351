"""A summons whose object is named by its title in apposition ("summoned X, Uganda's ambassador") or by a compound
before a common noun ("summoned a Ugandan embassy official") summons the other state's envoy as "summoned the
ambassador" does (test_events_summoned_envoys): the trigger row's object condition reads the appositive title of a
name and the compound and noun together ("embassy official"), not the bare noun ("a police official" is no envoy).
The same holds for every trigger row with an object condition: a host receives "X, Uganda's foreign minister" as
it receives "the minister". Invented sentences and people; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides
from test_events_summoned_envoys import KB  # the two states of the summons tests

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "text",
    [
        "Kenya on Monday summoned Peter Okello, Uganda's ambassador in Nairobi, over the border raid.",
        "Kenya said it filed a protest and summoned a Ugandan embassy official over the border raid.",
        "Kenya on Monday summoned two Ugandan embassy officials over the border raid.",
    ],
)
def test_events_titled_objects_meet_their_state(text):
    events = coded(text, "en", KB)
    assert ({"KEN"}, {"UGA"}) in sides(events, "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya on Monday summoned a police official over the deaths of two Ugandan traders.",
        "Kenya on Monday summoned Peter Okello, a police commander, over the deaths of two Ugandan traders.",
    ],
)
def test_events_titled_objects_other_officials_meet_no_one(text):
    events = coded(text, "en", KB)
    assert not sides(events, "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's president on Monday received Peter Okello, Uganda's foreign minister, at State House in Nairobi.",
    ],
)
def test_events_titled_objects_titled_guest_is_received(text):
    events = coded(text, "en", KB)
    assert ({"KEN"}, {"UGA"}) in sides(events, "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's president on Monday received Peter Okello, a Ugandan businessman, at State House in Nairobi.",
    ],
)
def test_events_titled_objects_untitled_guest_is_no_meeting(text):
    events = coded(text, "en", KB)
    assert not sides(events, "CONSULT")
