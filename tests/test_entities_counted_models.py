"""A one-word name counted by a number, as the head of its phrase ("l'achat de 24 Mistral", "six Orvex (quatre en
service)") names units of a model: no entity, there nor where the text prints it again alone
(:func:`veille.analysis.entities.ner.products`). A year before a name, a group of fighters the actors' table knows
("300 Wagner ont quitté") and a name before the noun it qualifies are left. The sentences are invented."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, lang, absent",
    [
        (
            "Le contrat porte sur 24 Solvane, livrés en trois ans. Le Solvane sera assemblé près de Lyon.",
            "fr",
            "Solvane",
        ),
        ("La flotte compte six Griffon (quatre en service) basés à Gao.", "fr", "Griffon"),
        ("The navy ordered 12 Solvane for its two carriers, officials said.", "en", "Solvane"),
    ],
)
def test_a_counted_model_is_no_entity(text, lang, absent):
    found = entities(text, lang)
    assert absent not in found, {n: forms(e) for n, e in found.items()}


@pytest.mark.parametrize(
    "text, lang, kept",
    [
        ("Quelque 300 Wagner ont quitté la ville dans la nuit.", "fr", "Wagner"),
        ("En 2014 Gazprom a réduit ses livraisons vers Kiev.", "fr", "Gazprom"),
    ],
)
def test_a_year_or_a_known_group_before_a_name_is_no_count(text, lang, kept):
    found = entities(text, lang)
    assert kept in found, {n: forms(e) for n, e in found.items()}
