"""An act or a statement received by a reaction ("was met with cheers", "met by protests") is no meeting; a
meeting with people, even protest leaders or the opposition, still is. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("ghana", "Ghana", "GPE", "GHA", None, "GOV", ["Ghana", "Ghanaian"]),
    ("accra", "Accra", "GPE", "GHA", None, None, ["Accra"]),
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo", "Togolese"]),
]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's announcement was met with cheers by thousands of protesters in Accra.",
        "The proposal by Ghana was met with anger in Togo.",
    ],
)
def test_events_reception_idiom_is_no_meeting(text):
    assert not sides(coded(text, "en", KB), "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "The president of Ghana met with the Togolese opposition on Monday.",
        "Ghanaian officials met with protest leaders from Togo on Monday.",
    ],
)
def test_events_reception_idiom_meetings_kept(text):
    assert ({"GHA"}, {"TGO"}) in sides(coded(text, "en", KB), "CONSULT")
