"""The place of an act named by nearness (issue 13, stop 32): "autour de X", "près de X", "aux abords de X" (events.json
``proximity_preps``) place the act at X as "à X" does, however the parse hangs the word of nearness ("à des
positions stratégiques autour de Kaboul", autour under positions); a place named through another genitive (an
office "de X", a speaker's title) is no place of the act. Invented sentences; real places (the hand-made knowledge
base of tests/test_events_real.py).
"""

from __future__ import annotations

import pytest

from test_events_real import run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


def places(text: str, etype: str) -> list[str | None]:
    return [(e["location"] or {}).get("name") for e in run(text, "fr") if e["type"] == etype]


@pytest.mark.parametrize(
    "text, etype, place",
    [
        ("Le Japon a déployé des troupes autour de Tokyo.", "MOBILIZE", "Tokyo"),
        ("L'armée afghane s'est déployée « à des positions stratégiques autour de Kaboul ».", "MOBILIZE", "Kabul"),
        ("Le Japon a déployé des troupes près de Tokyo mardi.", "MOBILIZE", "Tokyo"),
        ("Le Japon a déployé des troupes autour du port de Tokyo.", "MOBILIZE", "Tokyo"),
        ("Le Japon a déployé des troupes à Tokyo.", "MOBILIZE", "Tokyo"),  # as before
    ],
)
def test_events_near_places_place_the_act(text, etype, place):
    assert places(text, etype) == [place]


@pytest.mark.parametrize(
    "text, etype",
    [
        ("Le Japon a condamné la Chine, selon le maire de Tokyo.", "ACCUSE"),
        ("Le Japon a déployé des troupes, a annoncé le gouverneur de Tokyo.", "MOBILIZE"),
    ],
)
def test_events_near_places_leave_other_genitives_out(text, etype):
    assert places(text, etype) == [None]
