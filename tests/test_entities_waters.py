"""A body of water named by its type word, "of" and a name ("the Gulf of Guinea", "the Bay of Bengal", "le golfe
d'Aden") is one place under that whole name (issue 12, entities.waters, entities.json `water_heads`): no "Gulf"
alias of the Persian Gulf, no state after "of". A name the knowledge base knows stays its own, the Persian Gulf named
"the Gulf" alone stays, and a common noun ("a sea of flags") is no place. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "lang", "form"),
    [
        ("Two tankers collided in the Gulf of Mexico on Sunday.", "en", "Gulf of Mexico"),
        ("Pirates boarded a trawler in the Gulf of Aden.", "en", "Gulf of Aden"),
        ("The cyclone formed over the Bay of Bengal.", "en", "Bay of Bengal"),
        ("The navy patrols the Gulf of Guinea every week.", "en", "Gulf of Guinea"),
        ("Des pirates ont attaqué un chalutier dans le golfe de Guinée.", "fr", "golfe de Guinée"),
        ("Le cyclone s'est formé dans la baie du Bengale.", "fr", "baie du Bengale"),
        ("Le golfe d'Aden reste dangereux pour les pêcheurs.", "fr", "golfe d'Aden"),
    ],
)
def test_water_body_is_one_place(text: str, lang: str, form: str) -> None:
    found = entities(text, lang)
    assert [forms(e) for e in found.values()] == [[form]], found
    assert next(iter(found.values()))["type"] == "LOC"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Tankers crossed the Strait of Hormuz at dawn.", "en", "Strait of Hormuz"),
        ("Les pétroliers ont traversé le détroit d'Ormuz.", "fr", "Strait of Hormuz"),
        ("Oil prices rose as tension in the Gulf grew.", "en", "Persian Gulf"),
    ],
)
def test_water_body_known_name_stays(text: str, lang: str, name: str) -> None:
    assert name in entities(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A sea of Ukrainian flags filled the square.", "en"),
        ("Une mer de drapeaux ukrainiens a envahi la place.", "fr"),
    ],
)
def test_water_word_as_common_noun_is_no_place(text: str, lang: str) -> None:
    found = entities(text, lang)
    assert all(e["type"] != "LOC" for e in found.values()), found
