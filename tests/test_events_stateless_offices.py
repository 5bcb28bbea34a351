"""A foreign ministry the text names with no state and no code ("the Department of Foreign Affairs")
that acts on a state acts for the story's other state, as a minister named with no state does (events.json
``stateless_office_names``, read by ``build``); any other body with no code stays no party. Invented sentences;
real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("kenya", "Kenya", "GPE", "KEN", None, "GOV", ["Kenya", "Kenyan"]),
    ("uganda", "Uganda", "GPE", "UGA", None, "GOV", ["Uganda", "Ugandan"]),
    ("dfa", "Department of Foreign Affairs", "ORG", None, None, None, ["Department of Foreign Affairs"]),
    ("union", "Growers Union", "ORG", None, None, None, ["Growers Union"]),
]

STORY = "Kenya and Uganda have quarrelled for weeks over the border, and Kenya has closed two crossings. "


@pytest.mark.parametrize(
    "text, etype",
    [
        (
            STORY + "The Department of Foreign Affairs on Monday summoned the Ugandan ambassador over the raid.",
            "CONSULT",
        ),
        (STORY + "The Department of Foreign Affairs on Tuesday condemned Uganda over the raid.", "ACCUSE"),
    ],
)
def test_events_stateless_offices_act_for_the_other_state(text, etype):
    events = coded(text, "en", KB)
    assert ({"KEN"}, {"UGA"}) in sides(events, etype)


@pytest.mark.parametrize(
    "text, etype",
    [
        (STORY + "The Growers Union on Monday accused Uganda of arming the raiders.", "ACCUSE"),
    ],
)
def test_events_stateless_offices_other_bodies_stay_no_party(text, etype):
    events = coded(text, "en", KB)
    assert ({"KEN"}, {"UGA"}) not in sides(events, etype)
