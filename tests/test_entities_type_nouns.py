"""A place name printed right after a lowercase type noun that is no part of it (« le fleuve Dzanga », « le gazoduc
Medbar », « la chaîne Sawtina »; ``lang/fr/entities.json`` ``type_nouns_before``,
:mod:`veille.analysis.entities.typed_places`): the place is named without the noun and mentioned with it, whether the
NER took the noun into its span or left it before, so that both the bare name and the printed phrase name it. Near
misses: a type noun before « de » (a water head, a prefix), a name printed bare. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,name,mention",
    [
        ("Le convoi a franchi le fleuve Dzanga, qui relie les deux villes.", "Dzanga", "fleuve Dzanga"),
        ("Les pêcheurs de la rivière Mbali ont protesté lundi.", "Mbali", "rivière Mbali"),
        ("Le gaz arrive via le gazoduc Medbar reliant les deux pays.", "Medbar", "gazoduc Medbar"),
        ("Les travaux du pipeline Trans Kalora ont repris lundi à Valmont.", "Trans Kalora", "pipeline Trans Kalora"),
        ("Selon la chaîne Sawtina basée à Tunis, le colonel a parlé.", "Sawtina", "chaîne Sawtina"),
    ],
)
def test_entities_type_nouns_named_bare_mentioned_with_the_noun(text, name, mention):
    found = entities(text, "fr")
    assert name in found, list(found)
    assert mention in forms(found[name]), forms(found[name])


@pytest.mark.parametrize(
    "text,name,mention",
    [
        ("Le convoi a franchi le Dzanga, qui relie les deux villes.", "Dzanga", "Dzanga"),
        ("Des navires croisent dans le golfe de Tadjoura depuis lundi.", "golfe de Tadjoura", "golfe de Tadjoura"),
        ("Les combats ont repris dans la région de Mbali samedi.", "Mbali", "Mbali"),
    ],
)
def test_entities_type_nouns_near_misses(text, name, mention):
    found = entities(text, "fr")
    assert name in found, list(found)
    assert mention in forms(found[name]), forms(found[name])
