"""A place and a person's name the NER reads as one span (entities.seams): the place a role belongs to, printed
between the role and its holder ("Mayor of Kyiv Andriy Koval"), and the state a person is of, printed after the name
("Samuel Ouedraogo du Burkina Faso"), are a place and a person; a name particle before a place that is no state
("Marie-Anne de Bretagne") stays in the name. Invented sentences and people."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "lang", "person", "place"),
    [
        # the NER reads each of these as one span (an organisation, a place, a person)
        (
            "On March 3, President of Kazakhstan Nurlan Abenov informed the Security Council that he had appealed.",
            "en",
            "Nurlan Abenov",
            "Kazakhstan",
        ),
        (
            "Norway's Ambassador to Washington Adel Al-Rashid told reporters that a coalition had joined.",
            "en",
            "Adel Al-Rashid",
            "Washington",
        ),
        ("Mayor of Kyiv Andriy Koval said that power was restored.", "en", "Andriy Koval", "Kyiv"),
        (
            "Quant à Samuel Ouedraogo du Burkina Faso, il a rapporté les propos.",
            "fr",
            "Samuel Ouedraogo",
            "Burkina Faso",
        ),
        ("Le chef de la diplomatie Jean Dupont de la France a parlé.", "fr", "Jean Dupont", "France"),
    ],
)
def test_seams_a_place_and_a_person_are_two(text: str, lang: str, person: str, place: str) -> None:
    found = entities(text, lang)
    assert found.get(person, {}).get("type") == "PERSON", found
    assert found.get(place, {}).get("type") == "GPE", found
    assert place not in forms(found[person])[-1], found[person]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Le général Charles de Gaulle a parlé devant les officiers.", "fr", "Charles de Gaulle"),
        ("Marie-Anne de Bretagne a été reçue par le maire.", "fr", "Marie-Anne de Bretagne"),
    ],
)
def test_seams_a_particle_before_no_state_stays_in_the_name(text: str, lang: str, person: str) -> None:
    assert entities(text, lang).get(person, {}).get("type") == "PERSON"
