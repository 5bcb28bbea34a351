"""English wire copy names an official by a capitalised title, its complement and then the name ("US Ambassador to
the United Nations Clara Whitlow told the council", "UN Special Envoy for Syria Jonas Eklund said", "the French
High Commissioner to Corsica, Marc Dufresne, told reporters"): the person named is the speaker, not the state or
organisation the title is affiliated to (issue 12). Near misses: the holder's aide ("a spokesman for President Jan
Novak", "an adviser to President Jan Novak"), a title with no name ("the US ambassador to Brevonia"), a name in a
relative clause of the title ("The envoy to Syria, who met Jonas Eklund…"). Written before any dev output was read
for the class; every person and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "whitlow": ("Clara Whitlow", "PERSON", ["Clara Whitlow", "Whitlow"]),
    "eklund": ("Jonas Eklund", "PERSON", ["Jonas Eklund"]),
    "dufresne": ("Marc Dufresne", "PERSON", ["Marc Dufresne"]),
    "kowalczyk": ("Ines Kowalczyk", "PERSON", ["Ines Kowalczyk"]),
    "novak": ("Jan Novak", "PERSON", ["Jan Novak"]),
    "usa": ("United States", "GPE", ["US"]),
    "un": ("United Nations", "ORG", ["United Nations", "UN"]),
    "eu": ("European Union", "ORG", ["EU"]),
    "fra": ("France", "GPE", ["French"]),
    "syria": ("Syria", "GPE", ["Syria"]),
    "corsica": ("Corsica", "LOC", ["Corsica"]),
    "sahel": ("Sahel", "LOC", ["Sahel"]),
    "brevonia": ("Brevonia", "GPE", ["Brevonia"]),
}

#: (text, first words of the quote, its speaker)
READ = [
    (
        "“We will not back down on the budget,” US Ambassador to the United Nations Clara Whitlow told the council.",
        "We will not back down",
        "Clara Whitlow",
    ),
    (
        "“Aid convoys are on their way to the north,” said US Ambassador to the United Nations Clara Whitlow.",
        "Aid convoys are on their way",
        "Clara Whitlow",
    ),
    (
        "US Ambassador to the United Nations Clara Whitlow said the vote would be held on Monday.",
        "the vote would be held",
        "Clara Whitlow",
    ),
    (
        "“Our hands are tied until the guns fall silent,” UN Special Envoy for Syria Jonas Eklund told the council.",
        "Our hands are tied",
        "Jonas Eklund",
    ),
    (
        "UN Special Envoy for Syria Jonas Eklund said the talks would resume in two weeks.",
        "the talks would resume",
        "Jonas Eklund",
    ),
    (
        "In Ajaccio on Monday, the French High Commissioner to Corsica, Marc Dufresne, told reporters he would call "
        "on the army if needed.",
        "he would call on the army",
        "Marc Dufresne",
    ),
    (
        "“We need a ceasefire before the rains come,” the EU Special Representative for the Sahel, Ines Kowalczyk, "
        "said.",
        "We need a ceasefire",
        "Ines Kowalczyk",
    ),
]

#: (text, first words of the quote, a speaker it must not have)
NOT_THE_NAME = [
    ("“The vote is a farce,” a spokesman for President Jan Novak said.", "The vote is a farce", "Jan Novak"),
    ("“The vote is a farce,” an adviser to President Jan Novak told reporters.", "The vote is a farce", "Jan Novak"),
    (
        "The envoy to Syria, who met Jonas Eklund on Monday, said the talks would resume.",
        "the talks would resume",
        "Jonas Eklund",
    ),
]


def _speakers(text: str, words: str) -> list[set[str]]:
    return [{s["name"] for s in q["speakers"]} for q in run(text, "en", SPEC) if words in q["text"]]


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, who", READ)
def test_quotes_role_complement_holder_the_name_after_the_title_speaks(text: str, words: str, who: str) -> None:
    assert {who} in _speakers(text, words)


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, who", NOT_THE_NAME)
def test_quotes_role_complement_holder_near_miss(text: str, words: str, who: str) -> None:
    assert not any(who in found for found in _speakers(text, words))


@pytest.mark.e2e
def test_quotes_role_complement_holder_no_name_keeps_the_title() -> None:
    """A title with no name printed stays what it was: no person is taken from elsewhere."""
    found = _speakers("“The vote is a farce,” the US ambassador to Brevonia told reporters.", "The vote is a farce")
    assert found and not any("Clara Whitlow" in f for f in found)
