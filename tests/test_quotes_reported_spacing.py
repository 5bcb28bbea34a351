"""A run of spaces before the complementizer of a reported clause ("a affirmé  qu’elles sont…", text scraped off
a page) leaves the conjunction unlabelled by the parser: it still opens the reported clause (issue 12); a clause
opened by "si" stays no report, spaces or not. Invented sentences and people."""

from __future__ import annotations

import pytest

from test_quotes import run


@pytest.mark.e2e
@pytest.mark.parametrize("gap", [" ", "  "])
def test_quotes_reported_spacing_a_complementizer_after_spaces_opens_the_clause(gap: str) -> None:
    text = f"Sur les relations entre les deux villes,  le maire Paul Martel a affirmé{gap}qu’elles sont exemplaires."
    quotes = run(text, "fr")
    assert [(q["text"], {s["name"] for s in q["speakers"]}) for q in quotes] == [
        ("elles sont exemplaires", {"Paul Martel"})
    ]


@pytest.mark.e2e
@pytest.mark.parametrize("gap", [" ", "  "])
def test_quotes_reported_spacing_a_question_is_no_report(gap: str) -> None:
    text = f"Sur les relations entre les deux villes,  le maire Paul Martel a demandé{gap}si elles sont exemplaires."
    assert run(text, "fr") == []
