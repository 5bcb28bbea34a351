"""Unnamed rival groups that fight each other: a mutual act whose phrase names its sides only by a common noun of
such groups (« les affrontements entre gangs », « la guerre des gangs », "clashes between rival gangs") is an attack
of the groups on each other, coded under the one actor code the real-news golds give them (``GANGS``), where such a
noun named no party and the act was dropped (`events.rival_groups`, events.json ``rival_groups``). A phrase that
names another side beside the groups, a singular « bande » (« la bande de Gaza ») or a fight with no such noun stay
as before. Invented sentences; real places."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("haiti", "Haïti", "GPE", "HTI", None, "GOV", ["Haïti", "Haiti"]),
    ("police", "Police nationale", "ORG", "HTI", "HTI", "COP", ["Police nationale", "police nationale"]),
]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Des affrontements entre gangs rivaux ont causé douze morts au nord de la ville.", "fr"),
        ("Des combats entre bandes armées ont éclaté lundi près du port.", "fr"),
        ("Une recrudescence des combats entre bandes armées a fait trente morts dans le secteur nord.", "fr"),
        ("Les habitants ont fui la guerre des gangs qui secoue le secteur depuis avril.", "fr"),
        ("Clashes between rival gangs killed twelve people in the port district on Monday.", "en"),
        ("Residents fled the gang war that has gripped the district since April.", "en"),
    ],
)
def test_events_rival_groups_fight_each_other(text, lang):
    assert ({"GANGS"}, {"GANGS"}) in sides(coded(text, lang, KB), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # another side named beside the groups: no fight among the groups alone
        ("Des affrontements entre gangs et policiers ont éclaté lundi dans le quartier du port.", "fr"),
        # a singular « bande » names a strip of land, no group
        ("Les combats dans la bande côtière ont repris lundi.", "fr"),
        # a fight with no noun of rival groups
        ("Des affrontements ont éclaté lundi dans le quartier du port.", "fr"),
        ("The police said the gang leader had been arrested on Monday.", "en"),
    ],
)
def test_events_rival_groups_other_sides_no_gangs(text, lang):
    assert not any("GANGS" in a | r for a, r in sides(coded(text, lang, KB), "ASSAULT"))
