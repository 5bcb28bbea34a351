"""A definite document phrase named again ("the statement said" a second time, after a body or state spoke through
the first) speaks for that body or state, where the document noun nearest before it names no issuer of its own
(it is the first "the statement", a subject) and the persons named in between are no issuers. Near misses: a
statement a person put out is not recalled so (a spokesperson's or an official's statement speaks for a body the
text may not name), and a statement whose issuer its own phrase names keeps it. Invented bodies, people and
statements."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "ministry": ("Valdor Foreign Ministry", "ORG", ["Valdor Foreign Ministry"]),
    "ostrel": ("Ostrel", "GPE", ["Ostrel"]),
    "harbour": ("Kelm Harbour Authority", "ORG", ["Kelm Harbour Authority"]),
    "martel": ("Paul Martel", "PERSON", ["Paul Martel", "Martel"]),
    "roux": ("Anne Roux", "PERSON", ["Anne Roux", "Roux"]),
}


def said(text: str, words: str) -> list[set[str]]:
    """The speakers of each quote of ``text`` that holds ``words``."""
    return [{s["name"] for s in q["speakers"]} for q in run(text, "en", SPEC) if words in q["text"]]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "The Valdor Foreign Ministry judged the talks useful in a statement. “Both sides want the "
            "border crossings reopened before the harvest,” the statement said. Paul Martel then met Anne Roux for "
            "an hour. “The two ministers agreed to meet again in May,” the statement said.",
            "agreed to meet again in May",
            "Valdor Foreign Ministry",
        ),
        (
            "Ostrel announced the return of its envoy to Kelm in a statement on Friday. “The embassy will reopen "
            "within weeks,” the statement said. Paul Martel welcomed the news at a farm fair. “Consular "
            "work will resume at once,” the statement added.",
            "Consular work will resume",
            "Ostrel",
        ),
        (
            "The Kelm Harbour Authority reported damage to two cranes in a statement. “The night shift "
            "was sent home,” the statement said. Anne Roux, the harbour master, inspected the quay on Sunday. "
            "“Repairs will take a fortnight,” the statement continued.",
            "Repairs will take a fortnight",
            "Kelm Harbour Authority",
        ),
    ],
)
def test_quotes_statement_again_names_the_issuer(text: str, words: str, who: str) -> None:
    assert said(text, words) == [{who}]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (  # the issuer named in the document's own phrase
            "The Valdor Foreign Ministry judged the talks useful in a statement. “Both sides want the "
            "border crossings reopened,” the statement said. Paul Martel then met Anne Roux. “Trade will grow,” "
            "Ostrel's statement said.",
            "Trade will grow",
            "Ostrel",
        ),
        (  # the first statement named once: its issuer, as before
            "The Kelm Harbour Authority reported damage to two cranes in a statement. “The night shift "
            "was sent home,” the statement said.",
            "The night shift was sent home",
            "Kelm Harbour Authority",
        ),
    ],
)
def test_quotes_statement_again_near_misses(text: str, words: str, who: str) -> None:
    assert said(text, words) == [{who}]


@pytest.mark.e2e
def test_quotes_statement_again_person_not_recalled() -> None:
    text = (
        "Paul Martel announced the reopening of the harbour in a statement. “Work starts on Monday,” the statement "
        "said. Anne Roux visited the site with him. “The cranes are ready for the first ships,” the statement said."
    )
    assert all("Paul Martel" not in who for who in said(text, "The cranes are ready"))
