"""A person's gender from the agreement of their predicate (issue 12, stop 38): a feminine participle or adjective
after "être" tells it ("X s'est dite satisfaite", "X est arrivée", "X a été nommée"); one after "avoir", which
never agrees with its subject, tells nothing, even where the model tags it feminine ("X a encore réagi"), so a
later "il" still finds him. All people, places and statements are invented."""

from __future__ import annotations

import pytest

from test_quotes import run, speakers

#: (text, first words of the later pronoun's statement, its speaker)
CASES = [
    # a participle after "avoir" tagged feminine by the model after an adverb: no gender, "il" is him
    (
        "Paul Martel a encore réagi à la radio. Il a estimé que la situation était grave.",
        "la situation était",
        "Paul Martel",
    ),
    (
        "Jean Ribot a aussi réagi dans la soirée. Il a affirmé que le pont serait réparé.",
        "le pont serait réparé",
        "Jean Ribot",
    ),
    # a feminine participle or adjective after "être": "elle" is her
    (
        "Claire Vasseur s'est dite satisfaite du vote. Elle a estimé que la réforme était nécessaire.",
        "la réforme était",
        "Claire Vasseur",
    ),
    (
        "Claire Vasseur est arrivée lundi à Brévonne. Elle a assuré que les écoles rouvriraient.",
        "les écoles rouvriraient",
        "Claire Vasseur",
    ),
    (
        "Claire Vasseur a été nommée lundi à Brévonne. Elle a affirmé que la réforme était urgente.",
        "la réforme était urgente",
        "Claire Vasseur",
    ),
]


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, who", CASES)
def test_quotes_speakers_gender_agreement(text: str, words: str, who: str) -> None:
    assert any(words in q["text"] and speakers(q) == {who} for q in run(text, "fr"))


def test_quotes_speakers_gender_agreement_avoir_tells_nothing() -> None:
    """A man with a feminine-tagged participle after "avoir" and a woman named after him: "elle" is her, "il" is
    him (the participle made him a woman before, so "elle" was ambiguous)."""
    text = (
        "Paul Martel a encore réagi à la radio, après Claire Vasseur. Il a estimé que la situation était grave. "
        "Elle a assuré que les secours arrivaient."
    )
    quotes = run(text, "fr")
    assert any("la situation était" in q["text"] and speakers(q) == {"Paul Martel"} for q in quotes)
