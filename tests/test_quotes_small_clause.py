"""A small clause after a verb of speech ("declared the valley a free state", "declaring it an illegal body",
"declared the envoy persona non grata") is the act of naming or of a status, not a report: a bare clause with no
verb and no copula reports nothing (issue 12, qen60: `bare.small_clause_subject`, read where `indirect` takes a
bare clause). Near misses that stay reports: a bare clause with a verb or a copula (also a verb the tagger reads as an
adjective), and a clause after "that".
Invented sentences and people."""

from __future__ import annotations

import pytest

from test_quotes_seat_number_ten import _article

pytestmark = pytest.mark.e2e


def _quotes(text: str) -> list[dict]:
    return _article(text)["quotes"]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Keller declared the region a disaster area after the floods of March in the north of Valdoria.",
        "Anna Keller declared the old mill a protected monument last week, to the anger of the owners.",
        "Paul Martel on Monday declared the valley an independent state, a week after the vote in Brevonne.",
        "Paul Martel declared the harbour a military zone after the attack on the grain ships of Ostrava.",
    ],
)
def test_quotes_small_clause_is_no_report(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Anna Keller, the mayor of Brevonne, declared the old mill was a protected monument.", "the old mill was"),
        ("Anna Keller, the mayor of Brevonne, said the old mill would be closed next week.", "the old mill would"),
        ("Anna Keller, the mayor of Brevonne, declared that the strike was illegal.", "the strike was illegal"),
        (
            "Anna Keller, the mayor of Brevonne, says soldiers assaulted the farmers near the mill.",
            "soldiers assaulted",
        ),
    ],
)
def test_quotes_small_clause_near_miss_reports_stay(text: str, words: str) -> None:
    quotes = [q for q in _quotes(text) if words in q["text"]]
    assert [[s["name"] for s in q["speakers"]] for q in quotes] == [["Anna Keller"]]
