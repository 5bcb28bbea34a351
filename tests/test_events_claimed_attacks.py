"""An attack whose noun is the object of « revendiquer » (« le Hamas a revendiqué l'attaque contre Israël », « a
revendiqué mercredi l'assaut contre une base ») is the act of the verb's subject, as « a revendiqué la
responsabilité de » already read; a denied claim or a condemnation names no author (issue 13, stop 41). Invented
sentences written before any output was read; real states and groups."""

from __future__ import annotations

import pytest

from test_events_french_groups_kb import sides

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Le Hamas a revendiqué l'attaque contre Israël.", "HAMAS", "ISR"),
        ("Le JNIM a revendiqué mercredi l'assaut contre une base de l'armée malienne.", "JNIM", "MLI"),
        ("Le Hezbollah a revendiqué les frappes contre Israël.", "HEZBOLLAH", "ISR"),
    ],
)
def test_events_claimed_attacks_are_the_claimants(text, actor, recipient):
    found = sides(text, "ASSAULT")
    assert ({actor}, {recipient}) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Le Hamas n'a pas revendiqué l'attaque contre Israël.",
        "La France a condamné l'attaque contre Israël.",
        "Le Hamas pourrait revendiquer l'attaque contre Israël.",
    ],
)
def test_events_claimed_attacks_near_misses_name_no_author(text):
    assert not [s for s in sides(text, "ASSAULT") if s[0] & {"HAMAS", "FRA"}]
