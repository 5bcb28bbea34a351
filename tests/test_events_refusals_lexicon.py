"""Refusals the lexicon lacked (REJECT): a plan, an idea, a request or a proposal ruled out ("ruled out any plan
for handing the islands back", "ruled out the idea of a referendum"), calls or pressure resisted ("has resisted
calls to send jets"), a notion dismissed ("dismissed the notion that it might sell the port"). Near misses: force
not ruled out is a threat ("did not rule out military action"), a resistance that is a fight ("troops resisted the
assault"), an official dismissed from office ("dismissed the minister"). Invented sentences, real states, no real
people."""

from __future__ import annotations

import pytest

from test_events import sides
from test_events_two_states_kb import run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "text",
    [
        "Norway ruled out any plan for handing the islands back to India.",
        "Norway on Sunday ruled out India's proposal for a joint patrol.",
        "Norway has resisted calls from India to hand over the suspects.",
        "Norway dismissed the notion that it might sell the port to India.",
        "Norway ruled out India's request for an inquiry.",
    ],
)
def test_events_refusals_lexicon_are_rejections(text):
    assert any("NOR" in a and "IND" in r for a, r in sides(run(text), "REJECT"))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Norway did not rule out military action against India.", "REJECT"),
        ("Norwegian troops resisted the Indian assault for three days.", "REJECT"),
        ("Norway dismissed the Indian minister's adviser.", "REJECT"),
    ],
)
def test_events_refusals_lexicon_near_misses(text, etype):
    assert not any("NOR" in a and "IND" in r for a, r in sides(run(text), etype))
