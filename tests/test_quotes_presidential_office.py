"""A president's office speaking (issue 12, stop 43): "the office of President X said…" names the office of the
state's president, as "the office of the president" and "the presidential office" do (bodies.tsv `presidency`
surface "office of president"), so its statement has a speaker (before, the phrase named no entity and the
statement was dropped); South Korea's and the Philippines' offices are named "Office of the President of …", their
English names, as the real-news golds give them (body_names.tsv; a printed "Blue House" stays the seat). Near
misses: the post, not the office ("ran for the office of president in 2016": no name after it), and a portfolio
after a bare "of" ("the Ministry of Defence said") stays its ministry. Invented sentences and people."""

from __future__ import annotations

import os
import tempfile

import pytest

from veille.config import Settings
from veille.pipeline import process

pytestmark = pytest.mark.e2e


def _article(text: str) -> dict:
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "a.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    outcome = next(iter(process([path], Settings())))
    assert outcome.article is not None
    return outcome.article.to_dict()


def _speakers(text: str, words: str) -> list[list[str]]:
    return [[s["name"] for s in q["speakers"]] for q in _article(text)["quotes"] if words in q["text"]]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Peru's congress debates the budget\n\nLIMA - Peru's congress met on Friday to debate the budget. "
            "The office of President Tomas Valdivia said it would not comment on the vote.",
            "Presidency of Peru",
        ),
        (
            "Peru's congress debates the budget\n\nLIMA - Peru's congress met on Friday to debate the budget. "
            "The office of the president said it would not comment on the vote.",
            "Presidency of Peru",
        ),
        (
            "South Korea's presidential office on Monday said it would not comment on the vote in the assembly.",
            "Office of the President of South Korea",
        ),
        (
            "Philippine senate debates the budget\n\nMANILA - The Philippine senate met on Friday to debate the "
            "budget. The presidential office said it would not comment on the vote.",
            "Office of the President of the Philippines",
        ),
    ],
)
def test_quotes_presidential_office_speaks(text: str, name: str) -> None:
    assert _speakers(text, "would not comment") == [[name]]


@pytest.mark.parametrize(
    "text",
    [
        "LIMA - Peru's congress met on Friday. Tomas Valdivia, who ran for the office of president in 2016, said he "
        "would not stand again.",
        "LIMA - Peru's congress met on Friday. Tomas Valdivia, who sought the office of President twice, said he "
        "would not stand again.",
    ],
)
def test_quotes_presidential_office_post_is_no_office(text: str) -> None:
    assert not [e for e in _article(text)["entities"] if e["name"].startswith(("Presidency", "Office of"))]


def test_quotes_presidential_office_portfolio_unchanged() -> None:
    text = "LIMA - Peru's Ministry of Defence said on Friday that it would not comment on the vote."
    assert _speakers(text, "would not comment") == [["Ministry of Defence of Peru"]]
