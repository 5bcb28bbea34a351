"""Titles of media the French NER reads as miscellaneous names (MISC: "Der Weitblick", "Matin"): a medium, an
organisation, after a medium's noun or an interview noun (entities.ner.media_titles); elsewhere, the source of a
speech verb included, a miscellaneous name stays no entity. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La diplomate a été convoquée mardi, rapporte le magazine allemand Der Weitblick.", "Der Weitblick"),
        ("En entrevue au Matin, plusieurs manifestants ont dénoncé la guerre.", "Matin"),
    ],
)
def test_ner_media_titles_a_source_title_is_a_medium(text: str, name: str) -> None:
    found = entities(text, "fr")
    assert found.get(name, {}).get("type") == "ORG", found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a people, a title read in no medium's place, a title as a speech verb's source: no medium
        ("Les Européens ont annoncé une aide, a précisé le ministre.", "Européens"),
        ("Les enquêteurs ont perquisitionné vendredi, ont révélé Le Matin et Vorwaerts sur leurs sites.", "Le Matin"),
        ("Le ministre a cité Le Petit Prince devant les élèves du lycée.", "Le Petit Prince"),
    ],
)
def test_ner_media_titles_other_miscellaneous_names_stay_no_entity(text: str, absent: str) -> None:
    assert absent not in entities(text, "fr")
