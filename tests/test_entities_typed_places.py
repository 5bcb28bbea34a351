"""A place the NER reads printed with a lowercase subdivision kind that is no part of its name ("Anhui province",
"the Idlib governorate"; place_words.tsv ``kind``): the place is named without the word and mentioned with it,
whether the NER took the word into its span or left it after, so that both the bare name and the printed phrase
name it. Near misses: a kind that is part of the name ("Anacoco island": ``suffix``), a place printed bare.
Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,name,mention",
    [
        ("The plant lies in China's southeastern Anhui province, officials said.", "Anhui", "Anhui province"),
        ("Two bridges were washed away in Hunan province on Friday.", "Hunan", "Hunan province"),
        ("Farmers in Gansu province said the harvest had failed.", "Gansu", "Gansu province"),
    ],
)
def test_typed_places_named_bare_mentioned_with_the_kind(text, name, mention):
    found = entities(text, "en")
    assert name in found, list(found)
    assert mention in forms(found[name]), forms(found[name])


@pytest.mark.parametrize(
    "text,name,mention",
    [
        ("Villagers on Anacoco island were evacuated on Monday.", "Anacoco Island", "Anacoco island"),
        ("Two bridges were washed away in Hunan on Friday.", "Hunan", "Hunan"),
    ],
)
def test_typed_places_near_misses(text, name, mention):
    found = entities(text, "en")
    assert name in found, list(found)
    assert mention in forms(found[name]), forms(found[name])
