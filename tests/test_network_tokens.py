"""A social network named by one capital letter before a sentence's full stop is split from the stop by the
tokenizer (analysis/network_tokens.py), where the models keep « X. » as one token, an initial. Near misses: an
initial of another letter and a letter inside a word stay as the models print them. Invented sentences."""

from __future__ import annotations

import pytest

from veille.analysis.nlp import parse

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,lang,tokens",
    [
        ("sur le réseau social X.", "fr", ["sur", "le", "réseau", "social", "X", "."]),
        ("he wrote on X.", "en", ["he", "wrote", "on", "X", "."]),
    ],
)
def test_network_tokens_letter_and_full_stop_apart(text: str, lang: str, tokens: list[str]) -> None:
    assert [t.text for t in parse(text, lang)] == tokens


@pytest.mark.parametrize(
    "text,lang,token",
    [
        ("Selon J. Dupont, rien.", "fr", "J."),
        ("The Y. Tanaka report.", "en", "Y."),
    ],
)
def test_network_tokens_other_initials_untouched(text: str, lang: str, token: str) -> None:
    assert token in [t.text for t in parse(text, lang)]
