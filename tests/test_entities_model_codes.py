"""A model's designation printed after its owner's name ("a Norvian Air Force C-17", "a Norvian Navy P-8") is no
part of the owner's name (entities.ner.MODEL_CODE): the NER's span is cut before it. A name of two words that ends
in a number and a group named by a code stay whole. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tents reached the island on a Hellenic Air Force C-17 at noon.", "Hellenic Air Force"),
        ("A Polish Air Force F-16 intercepted the plane near the border.", "Polish Air Force"),
    ],
)
def test_model_codes_are_cut_from_their_owner(text: str, name: str) -> None:
    found = entities(text, "en")
    assert found.get(name, {}).get("type") == "ORG", found
    assert not any(n.startswith(name + " ") for n in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leaders of the G7 met in Rome on Monday.", "G7"),
    ],
)
def test_model_codes_near_misses_stay(text: str, name: str) -> None:
    assert name in entities(text, "en")
