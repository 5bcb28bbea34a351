"""The British prime minister's office named by its door number (issue 12, knowledge): British copy prints
"Number 10 said…" (or "Number Ten") as it prints "Downing Street said…"; the knowledge base lists both as the seat's
names (`data/kb/places.tsv`), so the statement has a speaker and is kept (before, "Number 10" named no entity and
the statement was dropped). Near misses: "No 10" is left out (a shirt number, a list item), as is a lowercase
"number 10". Invented sentences and people."""

from __future__ import annotations

import os
import tempfile

import pytest

from veille.config import Settings
from veille.pipeline import process

pytestmark = pytest.mark.e2e

LEDE = "Britain's prime minister cancelled his meeting with the visiting Greek leader Kyros Andrakis on Monday.\n\n"


def _article(text: str) -> dict:
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "a.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    outcome = next(iter(process([path], Settings())))
    assert outcome.article is not None
    return outcome.article.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        LEDE + "Number 10 said the talks had been postponed because of the row over the statues.",
        LEDE + "The talks had been postponed because of the row over the statues, Number 10 said.",
        LEDE + "Number Ten said the talks had been postponed because of the row over the statues.",
    ],
)
def test_quotes_number_ten_speaks_as_downing_street(text: str) -> None:
    quotes = [q for q in _article(text)["quotes"] if "postponed" in q["text"]]
    assert [[s["name"] for s in q["speakers"]] for q in quotes] == [["Downing Street"]]


@pytest.mark.parametrize(
    "text",
    [
        "The striker Kyros Andrakis wore the No 10 shirt for the club on Saturday and scored twice after the break.",
        "Fans took bus number 10 to the stadium on Saturday, where the club beat the league leaders after the break.",
    ],
)
def test_quotes_number_ten_near_miss(text: str) -> None:
    assert "Downing Street" not in {e["name"] for e in _article(text)["entities"]}
