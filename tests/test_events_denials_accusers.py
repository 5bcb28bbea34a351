"""A denial answers its accuser (REJECT): "India accused Norway of arming the rebels. Norway denied the
accusation." is Norway rejecting India, whoever the denied act touched (the rebels, a third state). The accuser
is the author of the latest accusation the text told against the one who denies, when the denial's object is an
accusation noun ("the allegations", "the charge"), an involvement, or an act told by a gerund ("denied supporting
the rebels"). Main reads these already: the rows guard them. Near misses (two NOT_YET: the denial then takes the
discourse's other side): a denial with no accusation told before it, an accusation against another party, a
request denied (aimed at the one who asked). Invented sentences, real states, no real people."""

from __future__ import annotations

import pytest

from test_events import sides
from test_events_two_states_kb import run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

NOT_YET = pytest.mark.xfail(reason="a denial with no accusation before it takes the other side", strict=True)


@pytest.mark.parametrize(
    "text",
    [
        "India accused Norway of arming the rebels in Pakistan. Norway denied the accusation.",
        "India accused Norway of arming the rebels in Pakistan. Norway has repeatedly denied supporting the rebels.",
        "India blamed Norway for the blast at the Pakistani dam. Norway strongly denied any involvement.",
        "India accused Norway of spying on Pakistan's navy. Norway rejected the allegations on Monday.",
        "India accused Norway of sheltering Pakistani plotters. Norway dismissed the claims as baseless.",
        "India accused Norway of helping Pakistani smugglers. Norway, which denies the charge, recalled its envoy.",
    ],
)
def test_events_denials_answer_the_accuser(text):
    assert any("NOR" in a and "IND" in r for a, r in sides(run(text), "REJECT"))


@pytest.mark.parametrize(
    "text",
    [
        "India accused Norway of arming the rebels in Pakistan. Norway has repeatedly denied supporting the rebels.",
        "India accused Norway of spying on Pakistan's navy. Norway denied spying on Pakistan.",
    ],
)
def test_events_denials_not_aimed_at_the_act_victim(text):
    assert not any("NOR" in a and "PAK" in r for a, r in sides(run(text), "REJECT"))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "India and Norway signed a trade pact. Norway denied supporting the rebels in Pakistan.", marks=NOT_YET
        ),
        pytest.param(
            "India accused Pakistan of shelling the border. Norway denied the reports of a Norwegian warship nearby.",
            marks=NOT_YET,
        ),
        "India praised Norway's ferry plan. Norway denied India's request for a fishing licence last week.",
    ],
)
def test_events_denials_near_misses(text):
    got = sides(run(text), "REJECT")
    if "request" in text:  # a request denied is aimed at whoever asked: India here, by the request, not an accusation
        assert all("PAK" not in r for a, r in got)
    else:
        assert not any("NOR" in a and "IND" in r for a, r in got)
