"""A role phrase the entities linked to a person is no surname of that person (issue 12, stop 57).

The entity stage records a role phrase as a mention of the person who holds it ("The foreign minister" or "Foreign
Affairs Minister" before the name). The resolver's surname lookup read the last word of every mention of a person as
a surname, so a capitalised title with no name of its own ("…, with Ostrelian Prime Minister warning that…", a head
the tagger reads as a proper noun) was taken for that person's surname and given to the minister named elsewhere in
the text, whatever the state or the role. Now the last word of a mention is a surname only where it names no role of
the knowledge base. Near misses: a surname printed alone ("Brenner said") and a mention that ends on the surname
("Mr Brenner") still name the person. Every person, place and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run

OPENING = "Ostrelia fired missiles at Lorvania on Monday night, the second strike in a week.\n\n"


def _spec(mention: str) -> dict:
    return {
        "brenner": ("Tomas Brenner", "PERSON", ["Tomas Brenner", mention]),
        "ostrelia": ("Ostrelia", "GPE", ["Ostrelia"]),
        "lorvania": ("Lorvania", "GPE", ["Lorvania"]),
    }


def _speakers(text: str, words: str, mention: str) -> list[list[str]]:
    return [[s["name"] for s in q["speakers"]] for q in run(OPENING + text, "en", _spec(mention)) if words in q["text"]]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, mention",
    [
        (
            "The raid drew a reply within hours, with Lorvanian Prime Minister warning that the strike was a grave "
            "error.\n\nThe foreign minister Tomas Brenner said the embassy staff were safe.",
            "The foreign minister",
        ),
        (
            "The raid drew a reply within hours, with Lorvanian Prime Minister insisting that the strike was a grave "
            "error.\n\nOn the radio, Deputy Premier and Foreign Affairs Minister Tomas Brenner said the embassy staff "
            "were safe.",
            "Foreign Affairs Minister",
        ),
        (
            "Across the sea, Ostrelian President warned that the strike was a grave error.\n\nThe Lorvanian "
            "president Tomas Brenner said the embassy staff were safe.",
            "The Lorvanian president",
        ),
    ],
)
def test_quotes_role_mention_surname_title_is_not_the_holder(text: str, mention: str) -> None:
    found = _speakers(text, "the strike was a grave error", mention)
    assert not any("Tomas Brenner" in names for names in found)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, mention",
    [
        (
            "The foreign minister Tomas Brenner spoke on the radio.\n\nBrenner said the embassy staff were safe.",
            "The foreign minister",
        ),
        (
            "Foreign Affairs Minister Tomas Brenner spoke on the radio.\n\nMr Brenner said the embassy staff were "
            "safe.",
            "Mr Brenner",
        ),
    ],
)
def test_quotes_role_mention_surname_near_miss_surname_still_names(text: str, mention: str) -> None:
    assert _speakers(text, "the embassy staff were safe", mention) == [["Tomas Brenner"]]
