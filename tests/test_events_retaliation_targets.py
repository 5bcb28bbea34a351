"""A vow of retaliation is aimed at whoever did the act it answers (THREATEN): "Norway shelled an Indian border
post. India vowed to retaliate." is India threatening Norway; so is a vow to retaliate for, after or following
the act ("vowed to retaliate following the Norwegian airstrike", "for the Norwegian strike"). Near misses: a
vow with no hostile act told before it, an act by a third party. Main reads the first two shapes; the others are
NOT_YET: a mechanism reading the act's author (a complement, else the latest hostile act against the one who vows)
moved no dev text of real4, real3, real2, shared or untuned, and was not kept. Invented sentences, real
states, no real people."""

from __future__ import annotations

import pytest

from test_events import sides
from test_events_two_states_kb import run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

NOT_YET = pytest.mark.xfail(reason="a vow of retaliation whose act its complement or the text names", strict=True)


@pytest.mark.parametrize(
    "text",
    [
        "Norway shelled an Indian border post on Monday. India vowed to retaliate.",
        "India vowed to retaliate for the Norwegian strike on its border post.",
        pytest.param(
            "India's defence ministry vowed on Monday to retaliate following the Norwegian airstrike on Assam.",
            marks=NOT_YET,
        ),
        pytest.param("Norwegian jets bombed a depot in Assam. India's army vowed revenge.", marks=NOT_YET),
        pytest.param("India vowed to retaliate after Norway bombed its border post.", marks=NOT_YET),
        pytest.param("India says it keeps the right to retaliate for the Norwegian strikes.", marks=NOT_YET),
    ],
)
def test_events_retaliation_aims_at_the_author(text):
    assert any("IND" in a and "NOR" in r for a, r in sides(run(text), "THREATEN"))


@pytest.mark.parametrize(
    "text",
    [
        "India and Norway signed a fishing pact. India vowed to retaliate against the smugglers.",
        pytest.param(
            "Norway condemned the bombing of an Indian depot by Pakistani jets. India vowed to retaliate.",
            marks=NOT_YET,
        ),
    ],
)
def test_events_retaliation_near_misses(text):
    assert not any("IND" in a and "NOR" in r for a, r in sides(run(text), "THREATEN"))
