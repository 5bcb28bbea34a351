"""A region named as what a state belongs to ("the Pacific nation", "the wealthy Gulf kingdom", "les pays des
Caraïbes", "le royaume du Golfe") describes a state: the region is no mention, as the real-news golds list none.
The region named alone, a region of its own ("the South Pacific"), a subdivision's type word ("Kano state",
« l'Etat du Kano ») and a name holding a state noun ("the Islamic State", "the United Kingdom") stay. Invented
sentences and states."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e

REGIONS = ("Pacific", "Persian Gulf", "Gulf Province", "Caribbean", "Sahel", "Gulf kingdom", "pays des Caraïbes")


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The Pacific island nation of Norvia cut ties with Taipei on Monday.", "en"),
        ("Ash still covers the runway of the Pacific nation's airport.", "en"),
        ("The wealthy Gulf kingdom also decided to recall its envoy.", "en"),
        ("The Caribbean nation has been hit by gang violence since March.", "en"),
        ("Leaders of Pacific nations met in Suva.", "en"),
        ("Pacific island nations asked for more aid in Suva.", "en"),
        ("The first Gulf countries to sign were Bahrain and the UAE.", "en"),
        ("Les pays des Caraïbes s'étaient réunis à Kingston en mars.", "fr"),
        ("Le petit royaume du Golfe a rappelé son ambassadeur lundi.", "fr"),
        ("La nation insulaire du Pacifique a rompu avec Taipei.", "fr"),
        ("Les pays du Sahel ont quitté l'organisation en janvier.", "fr"),
    ],
)
def test_region_describing_a_state_is_no_mention(text: str, lang: str) -> None:
    found = entities(text, lang)
    assert not any(r in found for r in REGIONS), found


@pytest.mark.parametrize(
    "text,lang,name",
    [
        ("Ships crossed the Pacific on their way to Lima.", "en", "Pacific"),
        ("The Pacific Islands Forum met in Suva.", "en", "Pacific Islands Forum"),
        ("Norvia, once a close ally in the South Pacific, cut ties.", "en", "South Pacific"),
        ("The Kano state governor met traders in Kano on Monday.", "en", "Kano"),
        ("Fighters of the Islamic State attacked the town.", "en", "Islamic State"),
        ("The United Kingdom recalled its envoy.", "en", "United Kingdom"),
        ("All the Quad countries will join the drill, with India and Japan.", "en", "Quad"),
        ("Les navires ont traversé le Pacifique en mars.", "fr", "Pacific"),
        ("L'Etat du Kano a fermé ses écoles.", "fr", "Kano"),
    ],
)
def test_region_describing_a_state_near_misses_stay(text: str, lang: str, name: str) -> None:
    assert name in entities(text, lang)
