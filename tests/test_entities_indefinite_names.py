"""A one-word name the NER reads in a common noun printed with a capital, as the head of a phrase an indefinite
article opens ("d'un Parlement rempli de pièges", "a Parliament that listens"), is no entity
(entities.others._indefinite): a proper name takes no indefinite article. A definite one, a name the knowledge base
knows ("un Kosovo divisé") and a name qualifying the noun after it ("A Seoul court") stay. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("Le livre raconte les coulisses d'un Parlement rempli de pièges.", "fr", "Parlement"),
        ("Il rêve d'une Assemblée plus calme.", "fr", "Assemblée"),
        ("He wants a Parliament that listens.", "en", "Parliament"),
    ],
)
def test_indefinite_names_are_none(text: str, lang: str, absent: str) -> None:
    found = entities(text, lang)
    assert absent not in found, found


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Le Parlement a voté la loi mardi.", "fr", "Parlement"),
        ("Il a visité un Kosovo divisé.", "fr", "Kosovo"),
        ("A Seoul court ruled on Monday.", "en", "Seoul"),
        ("A Hamas official said so.", "en", "Hamas"),
    ],
)
def test_indefinite_names_near_misses_stay(text: str, lang: str, name: str) -> None:
    assert name in entities(text, lang)
