"""An attack takes place where it is aimed: the city or region after events.json ``target_place_preps`` ("strikes
on the capital X", « des missiles sur X ») or named by its passive subject ("the city of X was shelled"), read
where the clause names no place after a locative preposition, or names only a state (``placetime._target_place``).
Near misses: a place after a locative preposition stands; a sanction "on" a city places nothing. Invented
sentences; real states and cities, no real people."""

from __future__ import annotations

import pytest

from test_events import coded
from test_events_real import KB
from veille.analysis.events import is_realised

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


def places(text: str, lang: str, etype: str) -> list[str | None]:
    """The place name of each realised event of ``etype`` coded in ``text``."""
    found = coded(text, lang, KB)
    return [(e.get("location") or {}).get("name") for e in found if e["type"] == etype and is_realised(e)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chinese forces carried out air strikes on the Japanese capital Tokyo on Monday."),
        ("fr", "La Chine a tiré dimanche plusieurs missiles sur Tokyo."),
        ("en", "The Japanese city of Tokyo was shelled by Chinese artillery overnight."),
    ],
)
def test_events_target_places_aimed(lang, text):
    assert places(text, lang, "ASSAULT") == ["Tokyo"]


@pytest.mark.parametrize(
    ("lang", "text", "etype", "expected"),
    [
        ("en", "Chinese forces carried out air strikes in Kabul on Monday.", "ASSAULT", ["Kabul"]),
        ("fr", "La Chine a imposé des sanctions sur Tokyo.", "SANCTION", [None]),
    ],
)
def test_events_target_places_near_misses(lang, text, etype, expected):
    assert places(text, lang, etype) == expected
