"""Losses, damage, a setback or a rout inflicted on a force (« a infligé de lourdes pertes à », « dit avoir
infligé des dommages à », « un sérieux revers ») are blows of combat, PLOVER ASSAULT, from the one who inflicts
them to the force that suffers them; « infliger » stays a penalty (SANCTION) with sanctions or a fine, and an
electoral defeat or losses suffered are no attack (issue 13, stop 41). Invented sentences written before any
output was read; real states and groups."""

from __future__ import annotations

import pytest

from test_events_french_groups_kb import sides

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Le Hamas a infligé de lourdes pertes à l'armée israélienne.", "HAMAS", "ISR"),
        ("L'armée russe a infligé de graves dégâts aux forces ukrainiennes.", "RUS", "UKR"),
        ("Les forces ukrainiennes ont infligé un sérieux revers à l'armée russe.", "UKR", "RUS"),
        ("Selon Moscou, l'armée russe a infligé des pertes importantes aux troupes ukrainiennes.", "RUS", "UKR"),
        ("Le Hezbollah affirme avoir infligé des dommages considérables à l'armée israélienne.", "HEZBOLLAH", "ISR"),
        ("Le Hezbollah dit avoir infligé de « grosses pertes » aux soldats israéliens.", "HEZBOLLAH", "ISR"),
    ],
)
def test_events_inflicted_losses_are_assaults(text, actor, recipient):
    assert ({actor}, {recipient}) in sides(text, "ASSAULT")
    assert not sides(text, "SANCTION")


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        ("La France a infligé de nouvelles sanctions à l'Iran.", "SANCTION", "FRA", "IRN"),
    ],
)
def test_events_inflicted_penalties_stay_sanctions(text, etype, actor, recipient):
    assert ({actor}, {recipient}) in sides(text, etype)
    assert not sides(text, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Les électeurs russes ont infligé une défaite au parti du président.",
        "L'armée russe a subi de lourdes pertes en Ukraine.",
        "L'Union européenne a infligé une amende à la Russie.",
    ],
)
def test_events_inflicted_near_misses_are_no_assaults(text):
    assert not sides(text, "ASSAULT")
