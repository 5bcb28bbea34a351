"""A French administrative unit printed with its type word ("l'arrondissement de Liège", "le canton de Vaud") is the
place named after the type word (place_words.tsv, ``of``: the type word and "de" are no part of it), as "la
localité de Tabaré" is. A type word with no name after it gives no place. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        ("Paul Verlinde, élu de l’arrondissement de Liège, a parlé.", "Liège", "arrondissement"),
        ("Des pluies ont touché l'arrondissement de Dinant lundi.", "Dinant", "arrondissement"),
        ("Le canton de Vaud a voté la loi.", "Vaud", "canton"),
    ],
)
def test_administrative_units_are_their_place(text: str, name: str, absent: str) -> None:
    found = entities(text, "fr")
    assert name in found, found
    assert not any(absent in n for n in found), found


def test_administrative_units_alone_are_none() -> None:
    assert entities("La police du canton a arrêté deux hommes.", "fr") == {}
