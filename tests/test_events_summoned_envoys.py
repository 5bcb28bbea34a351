"""Summoning another state's envoy is a protest at that state (ACCUSE): an ambassador, a chargé d'affaires (also
printed without its accent) or a Commonwealth high commissioner; summoning one's own official is no such act.
Invented sentences; real states."""

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
def test_events_summoned_envoys_protest_at_their_state(text):
    assert ({"KEN"}, {"UGA"}) in sides(coded(text, "en", KB), "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya summoned the police commissioner to explain the deaths of two protesters.",
        "Kenya on Monday summoned its High Commissioner in Kampala for consultations.",
    ],
)
def test_events_summoned_envoys_own_official_is_no_protest(text):
    assert not sides(coded(text, "en", KB), "ACCUSE")
