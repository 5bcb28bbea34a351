"""The causes bench/event_misses.py gives a missed gold event, on events and coder steps built by hand."""

from __future__ import annotations

from pathlib import Path

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


@pytest.mark.parametrize(
    "gold, texts, expected",
    [
        ({"source": "corpus/real2/raw/pa-101.txt"}, ".", "corpus/real2/raw/pa-101.txt"),  # real2: from the root
        ({}, "corpus/real/raw", "corpus/real/raw/pa-101.txt"),  # shared set: <id>.txt in the raw folder
    ],
)
def test_event_misses_text_path(bench_script, gold, texts, expected):
    assert bench_script("event_misses").text_path(gold, "pa-101", Path(texts)) == Path(expected)


def placed(etype: str, actors: list[str], recipients: list[str], sentence: str) -> dict:
    return {**event(etype, actors, recipients), "sentence": {"text": sentence}}


@pytest.mark.parametrize(
    "events, expected",
    [
        ([placed("SANCTION", ["EU"], ["RUS"], "L'Union européenne a gelé les avoirs.")], 1),  # read here
        ([placed("SANCTION", ["EU"], ["RUS"], "Une autre phrase.")], 0),  # another act of the type, elsewhere
        ([placed("ACCUSE", ["EU"], ["BLR"], "L'Union européenne a gelé les avoirs.")], 0),  # another type here
        ([event("SANCTION", ["EU"], ["RUS"])], 0),  # no sentence recorded
    ],
)
def test_event_misses_at_trigger(bench_script, events, expected):
    assert len(bench_script("event_misses").at_trigger(GOLD, events)) == expected


def test_event_misses_cause_reads_sides_as_the_eval_does(bench_script):
    """A party the gold codes its own way ("EUCO") is found through the gold entity of that code, as `veille eval`
    reads it, only when the file's identities are given."""
    from veille.evaluation.identity import Identities

    gold = {**GOLD, "actors": ["EUCO"]}
    data = {"entities": [{"name": "European Council", "type": "ORG", "code": "EUCO"}], "events": [gold]}
    record = {
        "entities": [{"id": "e1", "name": "European Council", "code": "EU"}],
        "events": [{"type": "SANCTION", "actors": [{"id": "e1", "code": "EU"}], "recipients": [{"code": "BLR"}]}],
    }
    misses = bench_script("event_misses")
    assert misses.cause(gold, record["events"], []) == "wrong sides"
    assert misses.cause(gold, record["events"], [], Identities(data, record)) == "found"
