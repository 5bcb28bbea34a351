"""Unnamed gangs as one side of an act: a common noun of such groups (« des gangs armés », « les bandes armées »,
"gangs") that names no one else is a party under the one actor code the real-news golds give every unnamed gang
(``GANGS``), whoever they act on or suffer, where the noun named no party and the act was dropped for want of a
side (`events.gangs`, events.json ``rival_groups``). A named gang, a singular « bande » and a fight with no such noun
stay as before. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("haiti", "Haïti", "GPE", "HTI", None, "GOV", ["Haïti", "Haiti"]),
    ("police", "Police nationale", "ORG", "HTI", "HTI", "COP", ["Police nationale", "police nationale"]),
    ("lavaud", "Tomas Lavaud", "PERSON", None, None, None, ["Tomas Lavaud"]),
]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Des gangs armés ont attaqué mardi trois villages du sud d'Haïti.", "fr", ({"GANGS"}, {"HTI"})),
        ("Des bandes armées ont attaqué lundi deux commissariats d'Haïti.", "fr", ({"GANGS"}, {"HTI"})),
        ("Six policiers de la Police nationale ont été tués par des gangs lundi.", "fr", ({"GANGS"}, {"HTI"})),
        ("Armed gangs attacked two police stations in Haiti on Tuesday.", "en", ({"GANGS"}, {"HTI"})),
        # a taking by storm (« prendre d'assaut »), active and passive
        ("Les gangs ont pris d'assaut jeudi la mairie de Jacmel, en Haïti.", "fr", ({"GANGS"}, {"HTI"})),
        ("La mairie de Jacmel, en Haïti, a été prise d'assaut jeudi par des gangs.", "fr", ({"GANGS"}, {"HTI"})),
    ],
)
def test_events_gangs_side_act(text, lang, expected):
    assert expected in sides(coded(text, lang, KB), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a gang its phrase names is no unnamed gang
        ("Le gang de Tomas Lavaud a attaqué mardi trois villages du sud d'Haïti.", "fr"),
        # a singular « bande » names a strip of land, no group
        ("La bande côtière d'Haïti a été bombardée mardi.", "fr"),
        # an attack whose author is no gang
        ("Des hommes armés ont attaqué mardi trois villages du sud d'Haïti.", "fr"),
    ],
)
def test_events_gangs_side_none(text, lang):
    events = coded(text, lang, KB)
    assert not any(p["code"] == "GANGS" for e in events for p in e["actors"] + e["recipients"])
