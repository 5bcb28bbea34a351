"""A person's gender from a given name of one sex (``data/kb/first_names.tsv``) when the text tells none: a later
"elle" is then not a man named since, nor "il" a woman (issue 12, stop 40). A name given to both sexes ("Jean",
"Dominique") tells nothing, and the text's own evidence (a title, an agreement) then tells it; a name of one sex comes
first (a parse may give "Laurent X" a feminine agreement). Invented people
and statements."""

from __future__ import annotations

import pytest

from veille.analysis.quotes.first_names import name_gender
from veille.pipeline import analyze_text


def said(text: str, words: str) -> set[str]:
    """The speakers of the quote of ``text`` holding ``words``."""
    quotes = [q for q in analyze_text(text).to_dict()["quotes"] if words in q["text"]]
    assert quotes, "the quote is read"
    return {s["name"] for s in quotes[0]["speakers"]}


@pytest.mark.parametrize(
    "name, gender",
    [
        ("Anne Dubreuil", "f"),
        ("Fatoumata Keita", "f"),
        ("Pierre Lenoir", "m"),
        ("Jean-Pierre Lenoir", "m"),
        ("Jean Ribot", None),  # a man's name in French, a woman's in English
        ("Dominique Ribot", None),
        ("Anne", None),  # a single word: no given name told apart
    ],
)
def test_first_names_gender(name: str, gender: str | None) -> None:
    assert name_gender(name) == gender


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        # the man the quote is about opens its sentence; "elle" is the spokeswoman named before
        (
            "Anne Dubreuil, porte-parole de Paul Martel, a confirmé son retour. Paul Martel « a rejoint le siège avec"
            " son équipe. Nous les attendions », a-t-elle précisé.",
            "Nous les attendions",
            "Anne Dubreuil",
        ),
        (
            "Fatoumata Keita a reçu Pierre Lenoir au ministère. « Le dialogue reprend », a-t-elle affirmé.",
            "Le dialogue reprend",
            "Fatoumata Keita",
        ),
        (
            "Pierre Lenoir a reçu Fatoumata Keita au ministère. « Le dialogue reprend », a-t-il affirmé.",
            "Le dialogue reprend",
            "Pierre Lenoir",
        ),
        (
            "Pierre Lenoir a reçu Sophie Garnier à Lyon. Elle a estimé que le projet avançait bien.",
            "le projet avançait",
            "Sophie Garnier",
        ),
    ],
)
def test_quotes_pronoun_agrees_with_the_given_name(text: str, words: str, who: str) -> None:
    assert said(text, words) == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        # a name of both sexes: the subject stays the referent, as before
        (
            "Dominique Ribot a reçu Paul Martel. « Le dialogue reprend », a-t-elle affirmé.",
            "reprend",
            "Dominique Ribot",
        ),
        # a name of both sexes: the text's own agreement still tells
        (
            "Paul Martel a reçu Camille Ribot. Camille Ribot s'est dite satisfaite. Elle a estimé que la réforme"
            " passerait.",
            "la réforme",
            "Camille Ribot",
        ),
    ],
)
def test_quotes_given_name_tells_nothing_or_yields(text: str, words: str, who: str) -> None:
    assert said(text, words) == {who}
