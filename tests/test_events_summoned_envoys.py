"""Summoning another state's envoy is a meeting with that state (CONSULT, the golds' convention since stop 55): an
ambassador, a chargé d'affaires (also printed without its accent) or a Commonwealth high commissioner; summoning
one's own official is no such act. The protest a summons may carry is read where the sentence states it
(test_events_summonses_protest). Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("kenya", "Kenya", "GPE", "KEN", None, "GOV", ["Kenya"]),
    ("uganda", "Uganda", "GPE", "UGA", None, "GOV", ["Uganda", "Ugandan"]),
]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya on Monday summoned Uganda's High Commissioner over the border raid.",
        "Kenya on Monday summoned the Ugandan charge d'affaires over the border raid.",
        "Kenya on Monday summoned the Ugandan ambassador over the border raid.",
    ],
)
def test_events_summoned_envoys_meet_their_state(text):
    events = coded(text, "en", KB)
    assert ({"KEN"}, {"UGA"}) in sides(events, "CONSULT")
    assert not sides(events, "ACCUSE")  # no displeasure stated: the summons alone


@pytest.mark.parametrize(
    "text",
    [
        "Kenya summoned the police commissioner to explain the deaths of two protesters.",
        "Kenya on Monday summoned its High Commissioner in Kampala for consultations.",
    ],
)
def test_events_summoned_envoys_own_official_is_no_meeting(text):
    events = coded(text, "en", KB)
    assert not sides(events, "ACCUSE")
    assert not [r for _, r in sides(events, "CONSULT") if r - {"KEN"}]
