"""Place names and their type words, by case: a named strait or sea printed with its type word in lowercase ("the
strait of Hormuz") is that place (places.tsv; before, the NER read the bare name after it as a person, who then
spoke the sentence's quote); a lowercase adjective before a type word ("the communist island") names no place, as a
capitalised name does ("Kelapa island"). The sentences are invented."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, place, mention",
    [
        (
            "The freighter was boarded while sailing through the strait of Hormuz, its owner said.",
            "Strait of Hormuz",
            "strait of Hormuz",
        ),
        ("Two frigates crossed the Strait of Hormuz on Sunday.", "Strait of Hormuz", "Strait of Hormuz"),
        (
            "The ferry was held up in the strait of Gibraltar by the storm.",
            "Strait of Gibraltar",
            "strait of Gibraltar",
        ),
    ],
)
def test_a_strait_printed_in_lowercase_is_the_place(text, place, mention):
    found = entities(text, "en")
    assert place in found and forms(found[place]) == [mention], {n: forms(e) for n, e in found.items()}
    assert not any(e["type"] == "PERSON" for e in found.values())


@pytest.mark.parametrize(
    "text",
    ["Tourism to the communist island fell sharply last year.", "Fishing boats left the volcanic island at dawn."],
)
def test_a_lowercase_word_before_a_type_word_is_no_place(text):
    found = entities(text, "en")
    assert not any(e["type"] == "LOC" for e in found.values()), {n: forms(e) for n, e in found.items()}
