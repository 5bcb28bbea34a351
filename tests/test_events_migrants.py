"""People on the move named with their nationality (issue 13, stop 40): « des migrants haïtiens », « des réfugiés
syriens », « des immigrés », « des exilés » are people of that state, no act of its government: an agentless
expulsion, arrest or turning back of them is the act of the state they are sent away from or held in (COERCE),
as of other home groups (events.json group_sectors, CVL). Near misses: people brought home by their own state
(« rapatriés ») or leaving of their own accord are coerced by no one. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events_diplomat_expelled import coerced

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Trois migrants ukrainiens ont été expulsés du Japon dimanche.", "JPN", "UKR"),
        ("Quarante migrants ukrainiens ont été refoulés de Chine lundi.", "CHN", "UKR"),
        ("Des réfugiés ukrainiens ont été expulsés de Chine mardi.", "CHN", "UKR"),
        ("Cinquante immigrés russes ont été arrêtés au Japon.", "JPN", "RUS"),
        ("Deux exilés russes ont été arrêtés en Chine jeudi.", "CHN", "RUS"),
        ("Le Japon a expulsé trois migrants ukrainiens.", "JPN", "UKR"),
    ],
)
def test_events_migrants_coerced_by_the_state_they_leave(text, actor, recipient):
    found = coerced(text)
    assert ({actor}, {recipient}) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Six migrantes ukrainiennes ont été rapatriées de Russie.",
        "Trois migrants ukrainiens ont quitté le Japon dimanche.",
    ],
)
def test_events_migrants_near_misses_coerced_by_no_one(text):
    assert not [s for s in coerced(text) if s[0]]
