"""A state's mission abroad named by a common noun is named as reference works and most real-news golds name it:
in English, with the city it is in where the text prints one ("the Danish embassy in Lima": "Embassy of Denmark in
Lima"), else with its host state ("in Peru"); in French, with the host state (the French golds are split); a high
commission keeps its own noun ("High Commission of Ghana in Ottawa"); a state whose English name takes the article
keeps it after "of" ("Embassy of the United States"), a host state after "in" stays bare. Near misses: a mission
with no place printed, a ministry of a state without the article, a consulate (no mission of the lexicon).
Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,lang,name",
    [
        ("The Danish embassy in Lima handed out leaflets to travellers on Friday.", "en", "Embassy of Denmark in Lima"),
        (
            "The U.S. Embassy in Lisbon urged its citizens to stay indoors.",
            "en",
            "Embassy of the United States in Lisbon",
        ),
        (
            "A note from the Ghanaian High Commission in Ottawa reached the ministry late.",
            "en",
            "High Commission of Ghana in Ottawa",
        ),
        (
            "Canada's high commission in Nairobi closed its doors for two days.",
            "en",
            "High Commission of Canada in Nairobi",
        ),
        (
            "L’ambassade américaine à Tunis restera fermée jusqu’à jeudi.",
            "fr",
            "Embassy of the United States in Tunisia",
        ),
        (
            "Un rassemblement est prévu samedi devant l’ambassade japonaise à Madrid.",
            "fr",
            "Embassy of Japan in Spain",
        ),
        ("The British embassy in Chile issued a new travel advisory.", "en", "Embassy of the United Kingdom in Chile"),
        ("The Dutch embassy said it was following the case closely.", "en", "Embassy of the Netherlands"),
    ],
)
def test_mission_names_city_then_host_then_state(text, lang, name):
    found = entities(text, lang)
    assert name in found, list(found)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,lang,name,absent",
    [
        (
            "The foreign ministry of the Maldives summoned the envoy on Monday.",
            "en",
            "Ministry of Foreign Affairs of Maldives",
            "Ministry of Foreign Affairs of the Maldives",
        ),
        (
            "The Brazilian embassy in Peru asked for calm.",
            "en",
            "Embassy of Brazil in Peru",
            "Embassy of Brazil in Lima",
        ),
        ("The Kenyan consulate in Dubai extended its hours.", "en", "", "High Commission of Kenya in Dubai"),
    ],
)
def test_mission_names_near_misses(text, lang, name, absent):
    found = entities(text, lang)
    assert (not name or name in found) and absent not in found, list(found)
