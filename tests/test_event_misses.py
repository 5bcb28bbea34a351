"""The causes bench/event_misses.py gives a missed gold event, on events and coder steps built by hand."""

from __future__ import annotations

import pytest

GOLD = {"type": "SANCTION", "actors": ["EU"], "recipients": ["BLR"], "trigger": "a gelé"}
SENTENCE = "l'union européenne a gelé les avoirs de la biélorussie."


def event(etype: str, actors: list[str], recipients: list[str]) -> dict:
    return {"type": etype, "actors": [{"code": c} for c in actors], "recipients": [{"code": c} for c in recipients]}


@pytest.mark.parametrize(
    "events, steps, expected",
    [
        ([event("SANCTION", ["EU"], ["BLR"])], [], "found"),
        ([{**event("SANCTION", ["EU"], ["BLR"]), "modality": "future"}], [], "flagged"),
        ([event("SANCTION", ["EU"], ["RUS"])], [], "wrong sides"),
        ([], [("dropped", SENTENCE, ("SANCTION", ([], ["BLR"])))], "dropped: no actor"),
        ([], [("dropped", SENTENCE, ("SANCTION", (["EU"], [])))], "dropped: no recipient"),
        ([], [("dropped", SENTENCE, ("SANCTION", (["EU"], ["EU"])))], "dropped: on itself"),
        ([], [("read", SENTENCE, ("ACCUSE", None))], "not read"),
        ([], [("read", "une autre phrase.", ("SANCTION", None))], "no trigger"),  # a trigger elsewhere
        ([event("AID", ["EU"], ["BLR"])], [], "no trigger"),
    ],
)
def test_event_misses_cause(bench_script, events, steps, expected):
    assert bench_script("event_misses").cause(GOLD, events, steps) == expected
