"""An unnamed source named by the place it serves ("Velmar health officials said…", a region or territory typed as a
place) is described by its phrase, as "a Thai official" is not Thailand: the place is not the speaker (issue 12,
stop 35). The place itself as the subject speaks ("Velmar said…"). Invented sentences and places."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "velmar": ("Velmar Strip", "LOC", ["Velmar Strip", "Velmar"]),
    "ostravia": ("Ostravia", "GPE", ["Ostravia"]),
}


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(s["id"], s["name"]) for q in run(text, "en", SPEC) for s in q["speakers"]]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Velmar health officials said on Sunday that 52 more people had died over the last day.",
        "Ostravia health officials said 187 more people were killed in the past 24 hours.",
    ],
)
def test_place_officials_are_described(text: str) -> None:
    found = _speakers(text)
    assert found and all(sid is None and "officials" in name for sid, name in found), found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, who",
    [
        ("Velmar said on Friday that 187 more people were killed in the past 24 hours.", "velmar"),
        ("Ostravia said on Friday that 187 more people were killed in the past 24 hours.", "ostravia"),
    ],
)
def test_place_officials_the_place_as_subject_speaks(text: str, who: str) -> None:
    assert [sid for sid, _ in _speakers(text)] == [who]
