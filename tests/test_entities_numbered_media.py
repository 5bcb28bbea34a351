"""A medium named by capitalised words and a number ("Rossiya 24") next to a medium's noun is one organisation
(entities.ner.numbered_media), whether the NER cut the number off, read a person or missed it; a number after a
sentence's first word or before a plural noun names no medium, and a name the knowledge base knows keeps its
entity ("France 24"). Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Footage of the crew was aired on Monday by the state-run channel Rossiya 24.", "en", "Rossiya 24"),
        ("The minister spoke to the Khabar 24 TV channel on Monday.", "en", "Khabar 24"),
        ("Selon la télévision Rossiya 24, trois marins ont été blessés.", "fr", "Rossiya 24"),
        ("The news was aired by France 24 on Monday.", "en", "France 24"),
    ],
)
def test_numbered_media_one_organisation(text: str, lang: str, name: str) -> None:
    found = entities(text, lang)
    assert found.get(name, {}).get("type") == "ORG", found


@pytest.mark.parametrize(
    "text",
    ["Some 24 TV channels closed after the vote.", "The newspaper said 24 people died in the blast."],
)
def test_numbered_media_a_count_is_no_medium(text: str) -> None:
    assert not any(e["type"] == "ORG" for e in entities(text, "en").values())
