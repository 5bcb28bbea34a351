"""The party named in « à la demande de X », « sur demande de X » asked for the act; it is not the act's target
(« le Japon a arrêté un homme d'affaires russe à la demande des États-Unis »: Japan coerces the Russian, at the
United States' request); the request itself is still X's of the one who acts (issue 13, stop 41). Invented
sentences written before any output was read; real states."""

from __future__ import annotations

import pytest

from test_events_french_groups_kb import sides

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        ("Le Japon a arrêté un homme d'affaires russe à la demande des États-Unis.", "COERCE", "JPN", "RUS"),
        ("Le Japon a arrêté un homme d'affaires russe à la demande des États-Unis.", "REQUEST", "USA", "JPN"),
        ("À la demande de la France, le Japon a expulsé deux diplomates russes.", "COERCE", "JPN", "RUS"),
        ("À la demande de la France, le Japon a expulsé deux diplomates russes.", "REQUEST", "FRA", "JPN"),
        ("Sur demande de l'Allemagne, la Russie a libéré un journaliste français.", "REQUEST", "DEU", "RUS"),
    ],
)
def test_events_request_adjuncts_name_the_requester(text, etype, actor, recipient):
    found = sides(text, etype)
    assert ({actor}, {recipient}) in found, found


@pytest.mark.parametrize(
    ("text", "etype", "requester"),
    [
        ("Le Japon a arrêté un homme d'affaires russe à la demande des États-Unis.", "COERCE", "USA"),
        ("La Russie a expulsé un diplomate japonais à la demande de l'Allemagne.", "COERCE", "DEU"),
    ],
)
def test_events_request_adjuncts_are_no_targets(text, etype, requester):
    assert not [s for s in sides(text, etype) if requester in s[1]]
