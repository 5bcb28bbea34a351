"""A state's missions abroad named by a common noun: embassies and consulates ("le consulat d’Égypte à
Montréal", "the Chinese consulate general in Karachi") are one organisation of their state, named with the state
hosting them when the text prints where they are (bodies.tsv, body_names.tsv). Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,lang,name,mention",
    [
        (
            "Une manifestation a eu lieu devant le consulat d’Égypte à Montréal.",
            "fr",
            "Consulate of Egypt in Canada",
            "consulat d’Égypte à Montréal",
        ),
        (
            "Le consulat général de France à Québec a publié un avis aux voyageurs.",
            "fr",
            "Consulate of France in Canada",
            "consulat général de France à Québec",
        ),
        ("Le consulat marocain a fermé ses portes lundi.", "fr", "Consulate of Morocco", "consulat marocain"),
        (
            "Protesters gathered outside the Egyptian consulate in Montreal.",
            "en",
            "Consulate of Egypt in Canada",
            "Egyptian consulate in Montreal",
        ),
        (
            "The Chinese consulate general in Karachi was attacked on Friday.",
            "en",
            "Consulate of China in Pakistan",
            "Chinese consulate general in Karachi",
        ),
        ("Russia's consulate said its staff were safe.", "en", "Consulate of Russia", "Russia's consulate"),
    ],
)
def test_missions_consulate_is_its_states_organisation(text, lang, name, mention):
    found = entities(text, lang)
    assert name in found, found
    assert found[name]["country"] in ("EGY", "FRA", "MAR", "CHN", "RUS")
    assert mention in forms(found[name])


def test_missions_embassy_and_consulate_of_one_state_stay_two():
    found = entities(
        "L’ambassade du Maroc à Ottawa a convoqué la presse. Le consulat du Maroc à Montréal a fermé ses portes.", "fr"
    )
    assert {"Embassy of Morocco in Canada", "Consulate of Morocco in Canada"} <= set(found), found


@pytest.mark.parametrize(
    "text,lang,city",
    [
        ("Une manifestation a eu lieu devant le consulat d’Égypte à Montréal.", "fr", "Montréal"),
        ("Des manifestants se sont réunis devant l’ambassade d’Égypte à Montréal.", "fr", "Montréal"),
        ("The Canadian embassy in Port-au-Prince was closed on Monday.", "en", "Port-au-Prince"),
    ],
)
def test_missions_city_a_mission_is_in_is_a_place_too(text, lang, city):
    found = entities(text, lang)
    assert city in found, found
    assert found[city]["type"] == "GPE"
