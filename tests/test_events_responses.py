"""Hostile acts told as answers to other hostile acts (issue 13, stop 47): a response adjunct ("in response to X",
"in retaliation for X", "following X") names the act the clause answers. The answered act, when its noun names its
author but no coded target, was aimed at those who answer; the answer, when its clause names no target, is aimed at
the answered act's author (:mod:`veille.analysis.events.responses`). Near misses: an answered act that names its
own target, an answer that is no hostile act, an act told after another without a response word, an answered act
that names no author. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, typed_sides
from test_events_trigger_paradigms import KB
from veille.analysis.events import is_realised

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


def sides(text: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return typed_sides([e for e in coded(text, "en", KB) if is_realised(e)])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the answered act, named with its author, falls on those who answer; the answer falls on its author
        (
            "China expelled ten diplomats on Monday in retaliation for a series of expulsions by Japan.",
            {("COERCE", "JPN", "CHN"), ("COERCE", "CHN", "JPN")},
        ),
        (
            "Following Canada's detention of a company executive, China banned imports of canola.",
            {("COERCE", "CAN", "CHN"), ("SANCTION", "CHN", "CAN")},
        ),
        (
            "Japan launched military operations in coastal areas in response to the attack by China.",
            {("ASSAULT", "CHN", "JPN"), ("ASSAULT", "JPN", "CHN")},
        ),
        (
            "Japan began military operations in several coastal towns in response to China's attack.",
            {("ASSAULT", "CHN", "JPN"), ("ASSAULT", "JPN", "CHN")},
        ),
    ],
)
def test_responses_answered_act_sides(text: str, expected: set[tuple[str, str, str]]) -> None:
    found = sides(text)
    for etype, actor, recipient in expected:
        assert (etype, frozenset({actor}), frozenset({recipient})) in found, (text, found)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the answered act names its own target: it keeps it
        ("Following Japan's attack on Canada, China banned imports of fish.", ("ASSAULT", "JPN", "CHN")),
        # an appeal is no hostile answer: the detention is not aimed at its author
        (
            "Following Canada's detention of a company executive, the European Union called for calm.",
            ("COERCE", "CAN", "EU"),
        ),
        # told after another act, with no response word
        ("China expelled ten diplomats after a series of expulsions by Japan.", ("COERCE", "JPN", "CHN")),
        # an answered act with no author names no target
        ("China banned imports of canola in response to the attack.", ("SANCTION", "CHN", "")),
    ],
)
def test_responses_near_misses(text: str, absent: tuple[str, str, str]) -> None:
    etype, actor, recipient = absent
    found = sides(text)
    if recipient:
        assert (etype, frozenset({actor}), frozenset({recipient})) not in found, (text, found)
    else:
        assert not any(t == etype and a == frozenset({actor}) for t, a, _ in found), (text, found)
