"""A name whose words are joined by particles ("Sheikh Rashid bin Khalfan Al Mazrouk") is one person's, however many
particles it holds: the particles between its words do not count towards the longest name
(:func:`veille.analysis.entities.spans.name_words`); before, such a name was cut after its fifth word and the person
lost the family name the text prints. A name followed by a preposition and a state stays the name alone. The
people are invented."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, lang, name",
    [
        (
            "The Gulf envoy, Sheikh Rashid bin Khalfan Al Mazrouk, landed in Nouakchott on Monday.",
            "en",
            "Sheikh Rashid bin Khalfan Al Mazrouk",
        ),
        (
            "Le ministre émirien de l’Énergie, Sheikh Rashid Bin Khalfan Al Mazrouk, est arrivé lundi à Dakar.",
            "fr",
            "Sheikh Rashid Bin Khalfan Al Mazrouk",
        ),
    ],
)
def test_a_name_joined_by_particles_is_one_person(text, lang, name):
    found = entities(text, lang)
    assert name in found and name in forms(found[name]), {n: forms(e) for n, e in found.items()}


def test_a_name_before_a_preposition_and_a_state_stays_the_name():
    found = entities("Le ministre Karim Benslimane de la Tunisie a signé l’accord mardi.", "fr")
    assert "Karim Benslimane" in found and "Tunisia" in found, {n: forms(e) for n, e in found.items()}
