"""An opening curly mark typed for the closing one after the quote's last punctuation ("“… genocide,“ the statement
read", "“We will go,“ he said, “and stay.“"): it closes the open quote, as a misplaced « does in French copy, rather
than opening a nested quote that runs to the paragraph's end (issue 12, stop 35). A “ after a comma that opens
words of its own ("“It is over. “No,” she said…”") still opens a nested quote. Pure text, invented sentences."""

from __future__ import annotations

import pytest

from veille.analysis.quotes.marks import find_quoted


def _quoted(text: str) -> list[str]:
    return [text[a : b + 1] for a, b in find_quoted(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "“The port has failed to stay open,“ the statement read. Then “more words came” later.",
            ["“The port has failed to stay open,“", "“more words came”"],
        ),
        ("“We will go,“ he said, “and we will stay.“", ["“We will go,“", "“and we will stay.“"]),
        (
            "It asked the court to “protect the dockers,“ and to “end the strike.”",
            ["“protect the dockers,“", "“end the strike.”"],
        ),
    ],
)
def test_marks_typed_closers_an_opening_mark_after_punctuation_closes(text: str, expected: list[str]) -> None:
    assert _quoted(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He said: “It is over. “No,” she said, “it is not.”” Then.", ["“It is over. “No,” she said, “it is not.””"]),
        ("“We will go,” he said, “and we will stay.”", ["“We will go,”", "“and we will stay.”"]),
    ],
)
def test_marks_typed_closers_a_nested_opening_stays_open(text: str, expected: list[str]) -> None:
    assert _quoted(text) == expected
