"""The planet named as a proper name ("returned to Earth", "revenue sur Terre") is a celestial body, no entity
(issue 12, nonentities.tsv: the NER reads a place); a longer name holding the word, a place or a person whose
name starts like it, stays. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("The capsule returned to Earth after six months in orbit.", "en", "Earth"),
        ("Life on Earth depends on the oceans, the geologist said.", "en", "Earth"),
        ("The small satellite circles Earth every ninety minutes.", "en", "Earth"),
        ("The two astronauts will splash down back on Earth on Friday.", "en", "Earth"),
        ("The probe photographed the Earth from a distant orbit.", "en", "Earth"),
        ("La capsule est revenue sur Terre après six mois en orbite.", "fr", "Terre"),
        ("La sonde a photographié la Terre depuis une orbite lointaine.", "fr", "Terre"),
    ],
)
def test_celestial_body_is_no_entity(text: str, lang: str, word: str) -> None:
    found = entities(text, lang)
    assert not any(word in name for name in found), found


@pytest.mark.parametrize(
    ("text", "lang", "name", "kind"),
    [
        ("Researchers at the Earth Institute warned of a long drought.", "en", "Earth Institute", "ORG"),
        ("Jane Earthwood, a farmer, said the harvest had failed.", "en", "Jane Earthwood", "PERSON"),
    ],
)
def test_celestial_body_near_miss_stays(text: str, lang: str, name: str, kind: str) -> None:
    found = entities(text, lang)
    assert found.get(name, {}).get("type") == kind, found


def test_celestial_body_near_miss_place_stays() -> None:
    found = entities("Le chalutier a accosté à Terre-Neuve mardi soir.", "fr")
    assert any("Terre-Neuve" in name or name == "Newfoundland and Labrador" for name in found), found
