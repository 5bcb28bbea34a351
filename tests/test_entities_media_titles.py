"""Titles of media the French NER reads as miscellaneous names (MISC: "Le Matin", "Der Blick"): a medium, an
organisation, where news names one as a source: after a medium's noun, after the speech verb it is the source of,
after an interview noun (entities.ner.media_titles); elsewhere a miscellaneous name stays no entity. Invented
sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La diplomate a été convoquée mardi, rapporte le magazine allemand Der Blick.", "Der Blick"),
        ("Les enquêteurs ont perquisitionné vendredi, ont révélé Le Matin et Vorwaerts sur leurs sites.", "Le Matin"),
        ("En entrevue au Matin, plusieurs manifestants ont dénoncé la guerre.", "Matin"),
    ],
)
def test_ner_media_titles_a_source_title_is_a_medium(text: str, name: str) -> None:
    found = entities(text, "fr")
    assert found.get(name, {}).get("type") == "ORG", found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a people, a title read in no source's place: no medium
        ("Les Européens ont annoncé une aide, a précisé le ministre.", "Européens"),
        ("Le ministre a cité Le Petit Prince devant les élèves du lycée.", "Le Petit Prince"),
    ],
)
def test_ner_media_titles_other_miscellaneous_names_stay_no_entity(text: str, absent: str) -> None:
    assert absent not in entities(text, "fr")
