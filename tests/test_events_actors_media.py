"""Media and international missions that the recogniser leaves without a code (written in title case, or spelt
out) act under their short code (data/kb/actors.tsv), a mission placed in a state by the recogniser too."""

from __future__ import annotations

import pytest

from veille.analysis.events.parties import Party, acting


def _org(name: str, country: str | None = None) -> dict:
    return {"id": name, "name": name, "type": "ORG", "code": None, "country": country, "sector": None, "mentions": []}


@pytest.mark.parametrize(
    ("name", "country", "code"),
    [
        ("Rfi", None, "RFI"),
        ("France24", None, "FRANCE24"),
        ("Otan", None, "NATO"),
        ("Bureau intégré des Nations unies en Haïti", "HTI", "BINUH"),
    ],
)
def test_events_actors_media_act_under_their_code(name: str, country: str | None, code: str) -> None:
    assert Party(acting(_org(name, country)), None).code == code


def test_events_actors_media_an_unknown_outlet_keeps_no_code() -> None:
    assert Party(acting(_org("Radio Lumière du Matin")), None).code is None
