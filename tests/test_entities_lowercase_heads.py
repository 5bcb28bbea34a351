"""A place the NER read with the lowercase common noun that opens its phrase (« l'ancien palais royal de Dormaane »,
« le pays des Vélanes », « l'archipel de Tomandra »): the noun, its lowercase adjectives and a word of « de » say
what kind of place the name is, no part of it, so the place is named by its capitalised name and mentioned with the
whole phrase (:func:`veille.analysis.entities.typed_places.lowercase_head`), and a gold listing either form finds
it. Near misses: a body of water and a street named under their head noun (« le golfe de Tadjoura », « la rue de la
Fontaine-Bleue », « l'esplanade du Grand-Marché »), a name printed bare, a known city after the noun (« l'aéroport
de Bamako », the city's), a prefix of ``place_words.tsv`` (« la région de Mbali »). Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,name,mention",
    [
        (
            "Les ministres se sont réunis dans l'ancien palais royal de Dormaane, rénové l'an passé.",
            "Dormaane",
            "palais royal de Dormaane",
        ),
        ("Le président a évoqué l'avenir du pays des Vélanes lors de sa visite.", "Vélanes", "pays des Vélanes"),
        ("Les pêcheurs de l'archipel de Tomandra réclament une aide de l'État.", "Tomandra", "archipel de Tomandra"),
    ],
)
def test_entities_lowercase_heads_named_bare_mentioned_with_the_phrase(text, name, mention):
    found = entities(text, "fr")
    assert name in found, list(found)
    assert mention in forms(found[name]), forms(found[name])


@pytest.mark.parametrize(
    "text,name,mention",
    [
        ("Des navires croisent dans le golfe de Tadjoura depuis lundi.", "golfe de Tadjoura", "golfe de Tadjoura"),
        (
            "Le cortège a remonté la rue de la Fontaine-Bleue jusqu'au ministère.",
            "rue de la Fontaine-Bleue",
            "rue de la Fontaine-Bleue",
        ),
        (
            "Les manifestants se sont rassemblés sur l'esplanade du Grand-Marché avant de partir.",
            "esplanade du Grand-Marché",
            "esplanade du Grand-Marché",
        ),
        ("Le ministre a visité Dormaane jeudi matin, selon la presse.", "Dormaane", "Dormaane"),
        ("Les avions ont atterri à l'aéroport de Bamako samedi.", "Bamako", "aéroport de Bamako"),
        ("Les combats ont repris dans la région de Mbali samedi.", "Mbali", "Mbali"),
    ],
)
def test_entities_lowercase_heads_near_misses(text, name, mention):
    found = entities(text, "fr")
    assert name in found, list(found)
    assert mention in forms(found[name]), forms(found[name])
