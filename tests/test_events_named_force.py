"""Force named by a noun of operations the English lexicon lacked (ASSAULT): "military action" ("after Norwegian
military action in India last week", "Norway's first military action against India's army") and an
operation named by its aim against terror ("an anti-terrorist operation", "a counter-terrorism operation"), as
"military operation" already was. Near misses: military action only called for, refrained from or not ruled out
(no act done), legal action (a case, not force), a joint operation (cooperation). Invented sentences, real states,
no real people."""

from __future__ import annotations

import pytest

from test_events import sides
from test_events_two_states_kb import run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "text",
    [
        "Talks stalled after Norwegian military action in India last week.",
        "The raid was Norway's first military action against India's army.",
        "Norway's anti-terrorist operation in India began on Monday.",
        "Norway mounted an anti-terror operation in India.",
        "Norway launched a counter-terrorism operation in India.",
        "Norway's military action against India lasted three days.",
    ],
)
def test_events_named_force_is_an_assault(text):
    assert any("NOR" in a and "IND" in r for a, r in sides(run(text), "ASSAULT"))


@pytest.mark.parametrize(
    "text",
    [
        "India called for military action against Norway.",
        "India urged Norway to refrain from military action.",
        "Norway did not rule out military action against India.",
        "Norway's lawyers took legal action against India.",
        "Norway and India held a joint military operation.",
        "Norway's rescue operation in India saved dozens.",
    ],
)
def test_events_named_force_near_misses(text):
    assert not sides(run(text), "ASSAULT")
