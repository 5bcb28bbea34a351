"""A speech verb whose direct object is a common noun that states nothing says nothing of quoted words outside its
other complements (English; the class of scare quotes and names taken for speech by a far speech verb).

Invented sentences, invented people (tests/test_quotes.py's PEOPLE)."""

from __future__ import annotations

import pytest

from test_quotes import run


def quoted(text: str) -> dict[str, set[str]]:
    """Each quote's text and its speakers' names."""
    return {q["text"]: {s["name"] for s in q["speakers"]} for q in run(text, "en")}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        # a purpose clause's verb ("add pressure") before a main clause that prints a list's name
        (
            'To add extra pressure on Ostrava, Paul Martel plans to drop Velmar from the list of "trusted partners" '
            "for customs checks as early as May.",
            "trusted partners",
        ),
        (
            'To add more weight to the offer, Paul Martel intends to move the town onto his list of "model districts" '
            "before the summer.",
            "model districts",
        ),
        # a verb ("call members out") inside the phrase of a scare quote, after it
        (
            "Paul Martel's choice to “wait it out” rather than call members out to the square differs from his "
            "stance last spring when he threatened mass strikes.",
            "wait it out",
        ),
        # a verb ("conclude a visit") whose object holds another verb's clause with the quoted words
        (
            "The drills began after Claire Vasseur concluded a visit to Ostrava during which she made so-called "
            '"courtesy stops" in Velmar and made remarks backing "Valdor Unity".',
            "Valdor Unity",
        ),
    ],
)
def test_quotes_verb_with_a_plain_object_does_not_speak_quoted_words_outside_it(text: str, words: str) -> None:
    assert words not in quoted(text)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ("Paul Martel called the members “a loyal crew”.", "a loyal crew", "Paul Martel"),  # the object's predicate
        ("Claire Vasseur described the vote as “a farce by cowards”.", "a farce by cowards", "Claire Vasseur"),
        ("Paul Martel condemned the “reckless and cruel” closure of the port.", "reckless and cruel", "Paul Martel"),
        (  # an addressee before a colon
            "Paul Martel told reporters on Monday: “We will rebuild the bridge before winter.”",
            "We will rebuild the bridge before winter.",
            "Paul Martel",
        ),
        (  # an incise after the quote
            "Paul Martel left the meeting. “We will rebuild the bridge before winter,” he told a news conference.",
            "We will rebuild the bridge before winter",
            "Paul Martel",
        ),
    ],
)
def test_quotes_verb_with_an_object_keeps_the_quote_it_governs(text: str, words: str, speaker: str) -> None:
    assert quoted(text).get(words) == {speaker}


@pytest.mark.e2e
def test_quotes_reported_clause_after_an_addressee_keeps_its_fragment() -> None:
    text = "Paul Martel told staff on Monday that the merger would be “a fresh start”."
    assert quoted(text) == {"the merger would be “a fresh start”": {"Paul Martel"}, "a fresh start": {"Paul Martel"}}
