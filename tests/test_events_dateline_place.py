"""The dateline's place is one fact read in one place (issue 13, stop 58): ``placetime.story_place`` reads the
dateline's city and ``merging.settled`` gives it, after the merge, to the realised acts of events.json
``located_by_place`` that name no place of their own; ``placetime.location`` no longer places a lede act at the
dateline too, with a confidence cost the story's place never had. So a lede act of a dateline story is placed at
its city with the confidence of the same act told at that city. Near misses: an act's own place stands; an attack
is not placed at the dateline. Invented sentences, read by the whole pipeline; real states and cities, invented
people."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

FREED = "He was freed on bail two days later, his lawyer told reporters.\n"
TERMS = "The deal runs for ten years and covers the southern waters of both states.\n"


def realised(text: str, etype: str) -> list[tuple[str | None, float]]:
    """(place name, confidence) of each realised event of ``etype`` the whole pipeline reads in ``text``."""
    from veille.analysis.events import is_realised
    from veille.pipeline import analyze_text

    events = analyze_text(text, source="t.txt").to_dict()["events"]
    return [
        ((e.get("location") or {}).get("name"), e["confidence"])
        for e in events
        if e["type"] == etype and is_realised(e)
    ]


@pytest.mark.parametrize(
    ("dated", "placed", "etype"),
    [
        (
            "MOMBASA, Kenya (AP) — Kenyan police arrested the union leader Joe Mwangi on Monday.\n\n" + FREED,
            "Kenyan police arrested the union leader Joe Mwangi in Mombasa on Monday.\n\n" + FREED,
            "COERCE",
        ),
        (
            "MOMBASA, Kenya (AP) — Chile and Peru signed a fisheries agreement on Monday.\n\n" + TERMS,
            "Chile and Peru signed a fisheries agreement in Mombasa on Monday.\n\n" + TERMS,
            "AGREE",
        ),
    ],
)
def test_events_dateline_place_as_told_there(dated, placed, etype):
    found = realised(dated, etype)
    assert found and found == realised(placed, etype)
    assert found[0][0] == "Mombasa"


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        (
            "MOMBASA, Kenya (AP) — Kenyan police arrested the union leader Joe Mwangi in Nairobi on Monday.\n\n"
            + FREED,
            "COERCE",
            ["Nairobi"],
        ),
        (
            "MOMBASA, Kenya (AP) — Somali militants attacked Kenya on Monday.\n\n"
            "The army said it had sent more troops to the border after the raid.\n",
            "ASSAULT",
            [None],
        ),
    ],
)
def test_events_dateline_place_near_misses(text, etype, expected):
    assert [name for name, _ in realised(text, etype)] == expected
