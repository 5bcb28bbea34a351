"""A person printed right after a minister's title and its capitalised portfolio ("Minister of Economic
Development <first> <last>") is a person, where the NER tagged the name as nothing: the portfolio reader
(`scan._portfolio_rest`) took the name's capitalised words as more of the portfolio, so the role phrase ran over the
name and no person was left (issue 12). The sentences and the persons are invented."""

from __future__ import annotations

import pytest

from veille.analysis import nlp
from veille.analysis.entities.recognise import recognise

pytestmark = pytest.mark.e2e


def _people(text: str) -> set[str]:
    doc = nlp.load("en")(text)
    return {e["name"] for e in recognise(doc, lang="en", published="2025-01-01") if e["type"] == "PERSON"}


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "The delegation included the Minister of Economic Development Pavel Sorokov, the agency said.",
            "Pavel Sorokov",
        ),
        (
            "The talks were opened by the Minister of Tourism, Fisheries and Culture Tariq Hassim on Monday.",
            "Tariq Hassim",
        ),
    ],
)
def test_entities_portfolio_names_person_after_portfolio(text, person):
    assert person in _people(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # a portfolio of dictionary words alone: no person made of it
        ("The Minister of Foreign Affairs said the talks would resume.", "Foreign Affairs"),
        # a named portfolio, its words known to the dictionary, followed by no name
        ("A spokesman for the Ministry of Public Safety declined to comment.", "Public Safety"),
    ],
)
def test_entities_portfolio_names_near_miss_no_person(text, absent):
    assert absent not in _people(text)
