"""Seas, gulfs, straits, shoals, mountains and the sub-regions of oceans and continents named in the running text
("in the South Pacific", "la Corne de l'Afrique", "au large du golfe de Guinée", "on Mount Everest"): one place
each, whose names are knowledge-base data (places.tsv, kind region), so that the compass word or the type word
stays in the name and the ocean, the continent or the state it holds ("Pacific", "Africa", "Philippines") is not
read alone in its place. Near misses: the ocean or the continent alone stays itself. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,lang,name,alone",
    [
        ("Two patrol boats sailed across the South Pacific on Monday.", "en", "South Pacific", "Pacific"),
        ("The navy held drills in the western Pacific last week.", "en", "Western Pacific", "Pacific"),
        ("Leaders of the Pacific Islands met in a small hall on Tuesday.", "en", "Pacific Islands", "Pacific"),
        ("Drought has spread across the Horn of Africa since March.", "en", "Horn of Africa", "Africa"),
        ("A tanker was boarded in the Gulf of Guinea overnight.", "en", "Gulf of Guinea", None),
        ("Pirates fired on a freighter in the Gulf of Aden.", "en", "Gulf of Aden", None),
        ("Two destroyers crossed the Philippine Sea on their way north.", "en", "Philippine Sea", "Philippines"),
        ("A supply boat reached Second Thomas Shoal at dawn.", "en", "Second Thomas Shoal", None),
        ("Coast guard ships circled Scarborough Shoal for hours.", "en", "Scarborough Shoal", None),
        ("Three climbers were stranded on Mount Everest after the storm.", "en", "Mount Everest", "Everest"),
        ("Snow closed the passes of the Himalayas for a week.", "en", "Himalayas", None),
        ("A cargo ship ran aground in the Strait of Malacca.", "en", "Strait of Malacca", None),
        ("Fishing boats left the Caspian Sea ports at night.", "en", "Caspian Sea", None),
        ("The frigate entered the Arabian Sea on Friday.", "en", "Arabian Sea", None),
        ("Traffic through the Panama Canal slowed in August.", "en", "Panama Canal", None),
        ("Deux patrouilleurs ont traversé le Pacifique Sud lundi.", "fr", "South Pacific", "Pacific"),
        ("La marine a mené des exercices dans le Pacifique occidental.", "fr", "Western Pacific", "Pacific"),
        ("La sécheresse frappe la Corne de l'Afrique depuis mars.", "fr", "Horn of Africa", "Africa"),
        ("Un pétrolier a été arraisonné dans le golfe de Guinée.", "fr", "Gulf of Guinea", None),
        ("Des pirates ont tiré sur un cargo dans le golfe d'Aden.", "fr", "Gulf of Aden", None),
        ("Trois alpinistes sont bloqués sur le mont Everest depuis jeudi.", "fr", "Mount Everest", "Everest"),
        ("La neige a fermé les cols de l'Himalaya pendant une semaine.", "fr", "Himalayas", None),
        ("Un cargo s'est échoué dans le détroit de Malacca.", "fr", "Strait of Malacca", None),
        ("Des réfugiés ont traversé le bassin du lac Tchad à pied.", "fr", "Lake Chad", None),
        ("Le trafic sur le canal de Suez a repris mardi.", "fr", "Suez Canal", None),
    ],
)
def test_seas_and_regions_keep_their_whole_name(text, lang, name, alone):
    found = entities(text, lang)
    assert name in found, found
    assert found[name]["type"] == "LOC"
    if alone:
        assert alone not in found, found


@pytest.mark.parametrize(
    "text,lang,name",
    [
        ("The ship crossed the Pacific in nineteen days.", "en", "Pacific"),
        ("Ministers from Africa met in Accra on Monday.", "en", "Africa"),
        ("Le navire a traversé le Pacifique en dix-neuf jours.", "fr", "Pacific"),
        ("Des ministres d'Afrique se sont réunis à Accra lundi.", "fr", "Africa"),
        ("Manila said the Philippines would send two more boats.", "en", "Philippines"),
    ],
)
def test_seas_and_regions_the_ocean_or_continent_alone_stays_itself(text, lang, name):
    found = entities(text, lang)
    assert name in found, found


@pytest.mark.parametrize(
    "text,lang,region",
    [
        ("Oslo hopes to deepen its ties with the North Atlantic Alliance.", "en", "North Atlantic"),
        ("Le pays veut rejoindre l'Alliance de l'Atlantique Nord d'ici 2030.", "fr", "North Atlantic"),
    ],
)
def test_seas_and_regions_a_body_named_for_the_region_is_the_body(text, lang, region):
    found = entities(text, lang)
    assert "NATO" in found and region not in found, found


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Ten ships joined the Caspian Guard drills off Baku this week.", "en"),
    ],
)
def test_seas_and_regions_a_sea_word_inside_another_name_is_no_sea(text, lang):
    found = entities(text, lang)
    assert "Caspian Sea" not in found, found
