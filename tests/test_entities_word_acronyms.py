"""French newsrooms write an acronym read as a word with one capital ("l'Otan", "l'Onu", "l'Asean", "l'Uemoa",
"l'Unrwa"): the organisation is the one its capitals name, in every construction, a role phrase included
("la secrétaire générale de l'Otan"). Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le sommet de l'Otan s'ouvre mardi à Varsovie.", "NATO"),
        ("La secrétaire générale de l'Otan se rend mardi à Varsovie.", "NATO"),
        ("Le secrétaire général de l'Otan, Paul Durand, a quitté Varsovie.", "NATO"),
        ("Les membres de l'Otan se réuniront jeudi.", "NATO"),
        ("L'Onu a condamné l'attaque dans la nuit de lundi.", "United Nations"),
        ("Les pays de l'Asean ont signé un accord commercial.", "Association of Southeast Asian Nations"),
        ("Les chefs d'État de l'Uemoa se retrouvent à Dakar.", "West African Economic and Monetary Union"),
        ("L'Unrwa a suspendu ses distributions dans le nord.", "UNRWA"),
    ],
)
def test_entities_word_acronyms_title_case_names_the_organisation(text: str, name: str) -> None:
    assert name in entities(text, "fr")
