"""French local institutions named for their town or territory with a lowercase head ("l’université d’Ottawa",
"le conseil départemental du Finistère", "le tribunal correctionnel de Brest"): an organisation named for the
place, and the place one of its own (place_words.tsv, body rows). Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,name,mention,place",
    [
        (
            "Nadia Kessler, professeure à l’université d’Ottawa, a pris la parole.",
            "University of Ottawa",
            "université d’Ottawa",
            "Ottawa",
        ),
        (
            "Le conseil départemental du Finistère a voté une aide aux pêcheurs.",
            "Departmental Council of Finistère",
            "conseil départemental du Finistère",
            "Finistère",
        ),
        (
            "Le conseil régional de Bretagne financera la moitié des travaux.",
            "Regional Council of Bretagne",
            "conseil régional de Bretagne",
            "Bretagne",
        ),
        (
            "Le conseil municipal de Quimper se réunira jeudi soir.",
            "Municipal Council of Quimper",
            "conseil municipal de Quimper",
            "Quimper",
        ),
        (
            "Il sera jugé par le tribunal correctionnel de Brest en janvier.",
            "Criminal Court of Brest",
            "tribunal correctionnel de Brest",
            "Brest",
        ),
        (
            "Le tribunal administratif de Rennes a suspendu l’arrêté municipal.",
            "Administrative Court of Rennes",
            "tribunal administratif de Rennes",
            "Rennes",
        ),
        (
            "L’élu a été entendu par le tribunal judiciaire de Saint-Brieuc.",
            "Judicial Court of Saint-Brieuc",
            "tribunal judiciaire de Saint-Brieuc",
            "Saint-Brieuc",
        ),
    ],
)
def test_local_bodies_institution_named_for_its_place(text, name, mention, place):
    found = entities(text, "fr")
    assert name in found, found
    assert forms(found[name]) == [mention]
    assert place in found
