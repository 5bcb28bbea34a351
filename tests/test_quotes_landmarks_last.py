"""The attribution pass resolves main-clause subjects and speakers (its landmarks, the antecedents of later
pronouns) only up to the last quote: a landmark after every quote is no quote's antecedent, and a text with no
quote reads none (invented people and places)."""

from __future__ import annotations

import importlib

import pytest

from test_quotes import run
from veille.analysis.quotes.resolve import Resolver

attribution = importlib.import_module("veille.analysis.quotes.attribute")  # the module (the package exports its pass)

TEXTS = {
    "fr": (
        "Paul Martel a visité le marché de Brévonne lundi. Il a déclaré : « Les prix doivent baisser avant l'hiver. »"
        " Claire Vasseur a inauguré une école. Jean Ribot a visité le port.",
        "Les prix doivent baisser",
        "Claire Vasseur a inauguré",
    ),
    "en": (
        "Paul Martel toured the Brevonne market on Monday. He said: “Prices must come down before the winter.”"
        " Claire Vasseur opened a school. Jean Ribot visited the harbour.",
        "Prices must come down",
        "Claire Vasseur opened",
    ),
}


@pytest.fixture
def positions(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The positions at which the resolver is asked for speakers during a run."""
    asked: list[int] = []
    heads = Resolver.heads

    def record(self: Resolver, found: list, pos: int) -> list:
        asked.append(pos)
        return heads(self, found, pos)

    monkeypatch.setattr(Resolver, "heads", record)
    return asked


@pytest.mark.e2e
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_quotes_landmarks_before_the_last_quote_still_resolve_its_pronoun(lang: str) -> None:
    text, words, _ = TEXTS[lang]
    quote = next(q for q in run(text, lang) if words in q["text"])
    assert [s["name"] for s in quote["speakers"]] == ["Paul Martel"]


@pytest.mark.e2e
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_quotes_landmarks_after_the_last_quote_are_not_resolved(lang: str, positions: list[int]) -> None:
    text, words, after = TEXTS[lang]
    assert any(words in q["text"] for q in run(text, lang))
    assert positions, "the quote's own speaker phrase is resolved"
    assert max(positions) < text.index(after)  # the two sentences after the quote: no resolution


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Paul Martel a visité le marché de Brévonne. Claire Vasseur a inauguré une école.", "fr"),
        ("Paul Martel toured the Brevonne market. Claire Vasseur opened a school.", "en"),
    ],
)
def test_quotes_landmarks_are_not_read_in_a_text_without_quotes(
    text: str, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unread(fr: object) -> list:
        raise AssertionError("landmarks read in a text without quotes")

    monkeypatch.setattr(attribution, "_landmarks", unread)
    assert run(text, lang) == []
