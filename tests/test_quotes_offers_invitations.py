"""An offer or an invitation to act, told through an infinitive ("offered to mediate", "offered to send troops",
"invited X to take part in the drill"), is an act (an event of status ``offered`` in the golds), not a statement:
no real-news gold lists one as a quote (issue 12, English lexicon: `offer` and `invite` are no `verb_infinitive`
rows of `lang/en/quotes.tsv`). Near misses that stay statements: a vow, a promise, a threat told through a clause
("threatened that…"; through an infinitive it is an act since stop 62: test_quotes_threat_acts.py), and an offer
told inside a reported clause ("said he would offer to…"). Invented sentences and people."""

from __future__ import annotations

import pytest

from test_quotes_seat_number_ten import _article

pytestmark = pytest.mark.e2e


def _quotes(text: str) -> list[dict]:
    return _article(text)["quotes"]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey has offered to mediate between the two governments, which cut ties in March.",
        "Kenya offered on Monday to send 1,000 police officers to lead the mission in Haiti.",
        "Brazil and Turkey had offered to host the talks on the fuel swap in Istanbul.",
        "The Vietnamese minister invited his Japanese counterpart to visit Hanoi next year.",
        "Indonesia invited Malaysia to join a yearly naval exercise off the coast of Sumatra.",
    ],
)
def test_quotes_offer_or_invitation_is_no_statement(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Paul Martel, the mayor of Brevonne, vowed to block the roads until the farmers were paid.", "to block"),
        ("Paul Martel, the mayor of Brevonne, promised to pay the farmers before the harvest.", "to pay"),
        (
            "Paul Martel, the mayor of Brevonne, threatened that the mill would close if the farmers were not paid.",
            "the mill would close",
        ),
        ("Paul Martel, the mayor of Brevonne, said he would offer to mediate between the farmers.", "would offer"),
    ],
)
def test_quotes_offer_near_miss_statements_stay(text: str, words: str) -> None:
    quotes = [q for q in _quotes(text) if words in q["text"]]
    assert [[s["name"] for s in q["speakers"]] for q in quotes] == [["Paul Martel"]]
