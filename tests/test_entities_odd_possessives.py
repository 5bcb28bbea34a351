"""A possessive printed with a look-alike of the apostrophe ("Borrellʼs office", "Washington´s embassy",
"Bangladesh`s mission") is the name and its possessive, as "’s" is: the tokenizer splits it off
(analysis/apostrophes.py), so the name is read without it. Near misses: the usual apostrophes tokenize as
before, and a word holding the character elsewhere is untouched. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities
from veille.analysis.nlp import parse

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,name,printed",
    [
        ("The envoy visited Jan Borrellʼs office in Lakeview on Monday.", "Jan Borrell", "Jan Borrell"),
        ("Protesters gathered near Washington´s embassy in Lakeview.", "Washington", "Washington"),
        ("The minister praised Bangladesh`s mission to the talks.", "Bangladesh", "Bangladesh"),
        ("Norway´s foreign minister flew to Rome on Tuesday.", "Norway", "Norway"),
    ],
)
def test_odd_possessive_name_is_read(text: str, name: str, printed: str) -> None:
    found = entities(text, "en")
    assert name in found and printed in [m["text"] for m in found[name]["mentions"]], found
    assert not any(n.endswith(("ʼs", "´s", "`s")) for n in found), found


@pytest.mark.parametrize(
    "text,tokens",
    [
        ("Borrellʼs office", ["Borrell", "ʼs", "office"]),
        ("Washington´s embassy", ["Washington", "´s", "embassy"]),
        ("Borrell’s office", ["Borrell", "’s", "office"]),
        ("Borrell's office", ["Borrell", "'s", "office"]),
        ("the village of Mʼbala today", ["the", "village", "of", "Mʼbala", "today"]),
    ],
)
def test_odd_possessive_tokens(text: str, tokens: list[str]) -> None:
    assert [t.text for t in parse(text, "en")] == tokens
