"""A headline's or caption's event is the body's when it tells the same act (same type, a shared party, the same
day for a caption), not when it tells the act the other way round (sanctions and counter-sanctions)."""

from __future__ import annotations

import pytest

from veille.analysis.stages import same_event


def event(etype: str, actors: list[str], recipients: list[str], date: str = "2025-04-09") -> dict:
    return {
        "negated": False,
        "modality": None,
        "type": etype,
        "actors": [{"code": c} for c in actors],
        "recipients": [{"code": c} for c in recipients],
        "date": date,
    }


@pytest.mark.parametrize(
    "a, b",
    [
        (event("SANCTION", ["EU"], ["BLR"]), event("SANCTION", ["EU"], ["BLR"])),
        (event("SANCTION", ["EU"], ["BLR"]), event("SANCTION", ["EU"], [])),  # the body names no target
        (event("AGREE", ["JPN", "CHN"], ["JPN", "CHN"]), event("AGREE", ["CHN"], ["JPN"])),  # one side of a deal
        (event("ASSAULT", [], ["UKR"]), event("ASSAULT", ["RUS"], ["UKR"])),  # no author named
        (event("CONSULT", ["JPN"], ["CHN"]), event("CONSULT", ["CHN"], ["JPN"])),  # a meeting told from either side
        (event("AGREE", ["EU"], ["BLR"]), event("AGREE", ["BLR"], ["EU"])),
    ],
)
def test_stages_same_event_is_one_act(a, b):
    assert same_event(a, b, dated=False)


@pytest.mark.parametrize(
    "a, b",
    [
        (event("SANCTION", ["EU"], ["BLR"]), event("SANCTION", ["BLR"], ["EU"])),  # counter-sanctions
        (event("ACCUSE", ["JPN"], ["CHN"]), event("ACCUSE", ["CHN"], ["JPN"])),
        (event("SANCTION", ["EU"], ["BLR"]), event("AID", ["EU"], ["BLR"])),
        (event("SANCTION", ["RUS"], ["EU"]), event("SANCTION", ["EU"], [])),  # the target's own, no target named
    ],
)
def test_stages_same_event_the_other_way_round_is_another(a, b):
    assert not same_event(a, b, dated=False)
    assert not same_event(b, a, dated=False)  # whichever is told first


@pytest.mark.parametrize(
    "body_flags, kept",
    [
        ({}, False),  # the body tells the same realised act: the headline's is the body's
        ({"modality": "intended"}, True),  # "… to start an airlift": the headline's realised act is news of its own
        ({"negated": True}, True),
    ],
)
def test_stages_add_side_events_a_realised_headline_act_is_not_a_flagged_body_reading(body_flags, kept):
    from types import SimpleNamespace

    from veille.analysis.stages import add_side_events

    art = SimpleNamespace(events=[{**event("AID", ["USA"], ["HTI"]), **body_flags}])
    add_side_events(art, [event("AID", ["USA"], ["HTI"])], "title")  # type: ignore[arg-type]
    assert (len(art.events) == 2) is kept
    assert kept is any(e.get("source") == "title" for e in art.events)


def test_stages_add_side_events_a_caption_keeps_the_body_reading_whatever_its_flags():
    from types import SimpleNamespace

    from veille.analysis.stages import add_side_events

    art = SimpleNamespace(events=[{**event("AID", ["USA"], ["HTI"]), "modality": "intended"}])
    add_side_events(art, [event("AID", ["USA"], ["HTI"])], 0)  # type: ignore[arg-type]
    assert len(art.events) == 1
