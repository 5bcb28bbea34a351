"""A plural role phrase with a definite article or a number and adjectives only ("the Valdorian and Ostrelian
foreign ministers", "two Valdorian ministers", « les ministres ») names persons together (its quote is the first
here): the pair named before it, else the persons the next sentence names (quotes.joint_roles, issue 12, stop 54).
A phrase with a complement, a possessive or no article names no pair and stays as before. Invented people, places
and statements."""

from __future__ import annotations

import pytest

from test_quotes import run

CAST = {
    "korval": ("Anna Korval", "PERSON", ["Anna Korval", "Korval"]),
    "dessart": ("Milo Dessart", "PERSON", ["Milo Dessart", "Dessart"]),
    "valdor": ("Valdor", "GPE", ["Valdor"]),
    "ostrel": ("Ostrel", "GPE", ["Ostrel"]),
}
PAIR = ["Anna Korval", "Milo Dessart"]


def _speakers(text: str, language: str) -> list[list[str]]:
    return [sorted(s["name"] for s in q["speakers"]) for q in run(text, language, CAST)]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "language, text",
    [
        (
            "en",
            "The Valdorian and Ostrelian foreign ministers said on Monday that the border would reopen.\n"
            "Foreign Minister Anna Korval held talks with Trade Secretary Milo Dessart in Valdor on Thursday.",
        ),
        (
            "en",
            "“We regret the closure of the border crossing,” two Valdorian ministers said on Tuesday.\n\n"
            "The trade minister, Anna Korval, and the farm minister, Milo Dessart, said the talks would go on.",
        ),
        (
            "fr",
            "Anna Korval a reçu Milo Dessart à Valdor lundi.\n\nLes ministres ont dit que les vols reprendraient.",
        ),
        (
            "en",
            "Anna Korval met Milo Dessart in Valdor on Monday.\n\nThe ministers said the flights would resume.",
        ),
    ],
)
def test_quotes_joint_roles_pair_speaks(language: str, text: str) -> None:
    assert _speakers(text, language)[0] == PAIR  # the first quote, the phrase's


@pytest.mark.e2e
@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Anna Korval met Milo Dessart in Valdor. Ministers said the flights would resume."),
        ("en", "Anna Korval met Milo Dessart in Valdor. The ministers of Ostrel said the flights would resume."),
        ("fr", "Anna Korval a reçu Milo Dessart à Valdor. Ses ministres ont affirmé que les vols reprendraient."),
    ],
)
def test_quotes_joint_roles_no_pair(language: str, text: str) -> None:
    assert PAIR not in _speakers(text, language)
