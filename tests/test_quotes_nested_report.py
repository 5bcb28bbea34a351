"""A speech verb's clause whose own verb is a speech verb is the outer speaker's statement where that verb reports
no statement made by someone else: a modal's, a clause the parser misread, a document the speaker cites
(:mod:`veille.analysis.quotes.nested_report`); a report of another's statement made keeps the inner one alone.
Invented texts, invented people and places."""

from __future__ import annotations

import pytest

from quote_fixtures import analysed_speakers

pytestmark = pytest.mark.e2e

WATCH = "Civic Watch, a rights group based in Kelm, published its report on Monday.\n\n"
BERG = "Anton Berg, the foreign ministry's spokesman, spoke in Kelm on Thursday.\n\n"
BORDER = "the talks would focus on border security."


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            WATCH + "Civic Watch said that the council's members should stress to President Ardo Velin that any "
            "arrests of campaigners would carry a heavy cost.",
            "members should stress",
            "Civic Watch",
        ),
        (
            WATCH + "Civic Watch said that the council's members will announce that the border would reopen.",
            "members will announce",
            "Civic Watch",
        ),
        (
            BERG + "He said the Valdorian leadership responded positively to Ostravia's concerns, and technical-level "
            "border dialogue is ongoing.",
            "leadership responded positively",
            "Anton Berg",
        ),
        (
            "The Valdorian Foreign Ministry maintained that the joint statement signed in Kelm had very clearly "
            "stated that " + BORDER,
            "joint statement signed",
            "Valdorian Foreign Ministry",
        ),
        (
            "The Kelmar Party said the joint declaration signed in Brevonne had clearly said that the army would "
            "leave the border towns.",
            "joint declaration signed",
            "Kelmar Party",
        ),
    ],
    ids=["modal-should", "modal-will", "misparsed-clause", "cited-statement", "cited-declaration"],
)
def test_quotes_nested_report_outer_statement(text: str, words: str, speaker: str) -> None:
    assert analysed_speakers(text, words) == [{speaker}]


@pytest.mark.parametrize(
    ("text", "outer", "inner", "speaker"),
    [
        (
            "The Kelm Herald reported that Prime Minister Ana Rios said that the border would reopen on Monday.",
            "Ana Rios said",
            "the border would reopen",
            "Ana Rios",
        ),
        (
            WATCH + "Civic Watch said that the council's members stressed to President Ardo Velin that any arrests "
            "of campaigners would carry a heavy cost.",
            "members stressed",
            "any arrests of campaigners",
            "the council's members",
        ),
    ],
    ids=["report-of-a-report", "statement-made"],
)
def test_quotes_nested_report_inner_statement(text: str, outer: str, inner: str, speaker: str) -> None:
    assert analysed_speakers(text, outer) == []
    assert analysed_speakers(text, inner) == [{speaker}]
