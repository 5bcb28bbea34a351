"""An English foreign minister's title printed with capitals before or after its holder's name ("Foreign Affairs
Minister X", "Foreign Affairs Secretary X", "the Secretary of Foreign Affairs") is one role (roles.tsv): its
portfolio "Foreign Affairs" is no organisation of its own, which the NER read it as (issue 12: the real-news golds
list the holder only), and a title printed before its holder is the holder's role. The rows are written with
capitals, so they match as printed so: a longer name holding the words (the Department of Foreign Affairs) stays
the department, and a lowercase "foreign affairs minister" is read as before. The NER's labels are set by hand;
the sentences and people are invented."""

from __future__ import annotations

from typing import Any

import pytest

from test_entities_ner_misses import with_ner
from veille.analysis.entities import recognise

pytestmark = pytest.mark.e2e


def _people(text: str, labelled: list[tuple[str, str]]) -> dict[str, Any]:
    return {e["name"]: e for e in recognise(with_ner(text, "en", labelled), lang="en", published="2025-01-01")}


@pytest.mark.parametrize(
    "text, name",
    [
        ("The talks ended early after Foreign Affairs Minister Tomas Ekvall left the room.", "Tomas Ekvall"),
        ("Foreign Affairs Secretary Lina Ortez had visited the harbour a week earlier.", "Lina Ortez"),
        (
            "The vote was delayed, and the deputy premier and Foreign Affairs Minister Ivo Harlan met the envoy.",
            "Ivo Harlan",
        ),
        ('"Carla Benitez, the Secretary of Foreign Affairs, briefed me on the raid," he wrote.', "Carla Benitez"),
    ],
)
def test_entities_foreign_affairs_title_is_no_organisation(text, name):
    entities = _people(text, [("Foreign Affairs", "ORG"), (name, "PERSON")])
    assert "Foreign Affairs" not in entities
    assert name in entities
    if text.index("Foreign") < text.index(name):  # a title printed before its holder is the holder's role
        assert [r["role"] for r in entities[name]["roles"]] == ["foreign minister"]


@pytest.mark.parametrize(
    "text, labelled, name",
    [
        # a longer name holding the portfolio stays that name
        (
            "The envoy was summoned to the Department of Foreign Affairs on Monday.",
            [("the Department of Foreign Affairs", "ORG")],
            "Department of Foreign Affairs",
        ),
        # a committee named with the portfolio stays an organisation
        (
            "The Foreign Affairs Committee of the Veloria Senate met on Monday.",
            [("The Foreign Affairs Committee of the Veloria Senate", "ORG")],
            "Foreign Affairs Committee of the Veloria Senate",
        ),
    ],
)
def test_entities_foreign_affairs_near_miss_names_stay(text, labelled, name):
    assert name in _people(text, labelled)
