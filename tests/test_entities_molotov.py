"""The incendiary bottle named after a person (« cocktail Molotov », "Molotov cocktail") is no entity: not a person
(the French NER's reading) nor the Russian city of Perm (the gazetteer keeps its former name); a person named in
full keeps the surname. Invented sentences and places."""

from __future__ import annotations

import pytest

from entity_fixtures import article_names as names


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police said a man hurled a Molotov cocktail toward the consulate in Lakeview on Monday.", "en"),
        ("Des manifestants ont lancé des cocktails Molotov sur les policiers à Lyon.", "fr"),
        ("La police évoque des projectiles (des cocktails Molotov) lancés contre la mairie de Lyon.", "fr"),
    ],
)
def test_entities_molotov_cocktail_no_entity(text: str, lang: str) -> None:
    found = names(text, lang)
    assert not found & {"Molotov", "Perm"}, found


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Historians recalled that Vyacheslav Molotov signed the pact in Moscow.", "en", "Vyacheslav Molotov"),
        ("Viatcheslav Molotov avait signé le pacte à Moscou, rappelle l'historien.", "fr", "Viatcheslav Molotov"),
    ],
)
def test_entities_molotov_person_in_full_stays(text: str, lang: str, person: str) -> None:
    assert person in names(text, lang)
