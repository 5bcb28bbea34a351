"""One reported clause that the parser splits into two clausal complements of the speech verb (issue 12, stops 52
and 55):
"X have yielded results and a deal is anticipated shortly, a mediation official told AFP" ("yielded" and
"anticipated" both hung on "told", the conjunction left inside the first) and "the rebels still hold 40 workers and
three guards, some of them captured from farms" (the reduced clause after the comma a second complement) were two
quotes, the first ending on "and", the second opening on a comma; so was "Shooting followed, and in a heavy exchange
… died, the army said" (the clause after "and" a second complement); they are one statement
(:func:`veille.analysis.quotes.misparsed.continues_clause`). Invented sentences and places."""

from __future__ import annotations

import pytest

from veille.pipeline import analyze_text


def _quotes(text: str) -> list[str]:
    return [q["text"] for q in analyze_text(text).to_dict()["quotes"]]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, first, last",
    [
        (
            "VELL - Discussions between the Kelmar army and the paramilitary Orvan Guard in Tessa, Dunmar, have "
            "yielded results and a deal on a truce is anticipated shortly, a mediation official told AFP.",
            "Discussions between",
            "anticipated shortly",
        ),
        (
            "Army sources say the rebels still hold nearly 40 foreign workers and three local guards, some of them "
            "captured from farms in the eastern hills.",
            "the rebels still hold",
            "eastern hills",
        ),
        (
            "Shooting followed, and in a heavy exchange a 41-year-old major and a 25-year-old sergeant died, the "
            "Dunmar army said.",
            "Shooting followed",
            "sergeant died",
        ),
    ],
)
def test_quotes_split_content_is_one_statement(text: str, first: str, last: str) -> None:
    quotes = _quotes(text)
    assert len(quotes) == 1, quotes
    assert quotes[0].startswith(first) and quotes[0].endswith(last), quotes


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, count",
    [
        # near misses: two reports of one speaker stay two; a clause after the report is no part of it
        ("The minister said the port would reopen on Monday, and the fishermen left the harbour.", 1),
        (
            "The mayor said that the bridge would reopen in May and stressed that the repairs were on schedule.",
            2,
        ),
        ("The port will reopen on Monday, the minister said, and the fishermen would be paid.", 1),
    ],
)
def test_quotes_split_content_near_misses(text: str, count: int) -> None:
    quotes = _quotes(text)
    assert len(quotes) == count, quotes
    assert not any(q.startswith(",") or q.endswith(" and") for q in quotes), quotes
