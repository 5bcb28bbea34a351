"""Reported speech in news copy (issue 12): each test is one class of construction, with invented sentences
(invented people and statements) in French and English where the class exists in both."""

from __future__ import annotations

import pytest

from test_quotes import PEOPLE, entities_for
from veille.analysis.nlp import parse
from veille.analysis.quotes import extract_quotes


def run(text: str, lang: str) -> list[dict]:
    return extract_quotes(parse(text, lang), entities_for(text, PEOPLE), lang=lang)


def speakers_of(quotes: list[dict], words: str) -> list[str]:
    """The speakers of the quote whose text holds ``words`` (fails when none holds them)."""
    hits = [q for q in quotes if words in q["text"]]
    assert hits, f"no quote holds {words!r}: {[q['text'] for q in quotes]}"
    return [s["name"] for s in hits[0]["speakers"]]


# ----------------------------------------------------- an "as" clause closing the sentence names its source
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, who",
    [
        ("fr", "Les pourparlers ont échoué, comme l'a indiqué Paul Martel lundi.", "pourparlers ont", "Paul Martel"),
        (
            "fr",
            "Treize otages ont été libérés, comme l'a confirmé Claire Vasseur à la presse.",
            "Treize otages ont été libérés",
            "Claire Vasseur",
        ),
        (
            "fr",
            "Les prix ont augmenté vendredi, comme l'ont confirmé des sources proches du dossier.",
            "Les prix ont augmenté",
            "des sources proches du dossier",
        ),
        ("en", "The talks failed, as Paul Martel told reporters on Monday.", "The talks failed", "Paul Martel"),
        (
            "en",
            "Thirteen hostages were freed on Friday, as Claire Vasseur confirmed to reporters.",
            "Thirteen hostages were freed",
            "Claire Vasseur",
        ),
    ],
)
def test_quotes_reported_closing_as_clause_names_the_source(lang: str, text: str, words: str, who: str) -> None:
    quotes = run(text, lang)
    assert speakers_of(quotes, words) == [who]
    assert not any(q["text"].startswith(("à la presse", "to reporters")) for q in quotes)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text",
    [("fr", "Les prix ont augmenté, comme prévu, au début du mois."), ("en", "Prices rose, as expected.")],
)
def test_quotes_reported_as_clause_without_speaker_is_no_quote(lang: str, text: str) -> None:
    assert run(text, lang) == []
