""" "The latter", "the former", "ce dernier" as speakers: members of the pair named before them, a place named in a
locative adjunct of that clause skipped ("X met Y in Kelm": Kelm is where, no member; quotes.pairs, issue 12, stop
38). Invented people, places and statements."""

from __future__ import annotations

import pytest

from test_quotes import run

CAST = {
    "korval": ("Anna Korval", "PERSON", ["Anna Korval", "Korval"]),
    "dessart": ("Milo Dessart", "PERSON", ["Milo Dessart", "Dessart"]),
    "valdor": ("Valdor", "GPE", ["Valdor"]),
    "ostrel": ("Ostrel", "GPE", ["Ostrel"]),
    "kelm": ("Kelm", "GPE", ["Kelm"]),
}


def _speakers(text: str, language: str) -> list[list[str]]:
    return [[s["name"] for s in q["speakers"]] for q in run(text, language, CAST)]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "language, text, who",
    [
        ("en", "Anna Korval met Milo Dessart in Kelm. The latter said the border would reopen.", "Milo Dessart"),
        (
            "en",
            "Anna Korval met Milo Dessart at Kelm on Monday. The latter said the border would reopen.",
            "Milo Dessart",
        ),
        ("en", "Anna Korval met Milo Dessart in Kelm. The former said the border would reopen.", "Anna Korval"),
        ("en", "Valdor signed a deal with Ostrel. The latter said the border would reopen.", "Ostrel"),
        ("en", "Valdor signed a deal with Ostrel. The former said the border would reopen.", "Valdor"),
        ("en", "Talks between Valdor and Ostrel ended. The latter said the border would reopen.", "Ostrel"),
        (
            "fr",
            "Anna Korval a reçu Milo Dessart à Kelm. Ce dernier a déclaré que la frontière rouvrirait.",
            "Milo Dessart",
        ),
        ("fr", "Milo Dessart s'est rendu à Kelm. Ce dernier a affirmé que la frontière rouvrirait.", "Milo Dessart"),
    ],
)
def test_quotes_pairs_member_speaks(language: str, text: str, who: str) -> None:
    assert _speakers(text, language) == [[who]]
