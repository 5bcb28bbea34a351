"""A state under a regime of its past named as such ("Nazi Germany", « l’Allemagne nazie ») is its own place, as the
real-news golds list it, not a mention of the state of today; the state named alone stays. Invented sentences."""

from __future__ import annotations

import pytest

from veille.analysis.stages import analyze_article
from veille.config import Settings
from veille.record import Article


def entities(text: str, lang: str) -> dict[str, list[str]]:
    art = Article(source="test", title=None, language=lang, published="2025-03-04")
    art.paragraphs = [text]
    return {e["name"]: [m["text"] for m in e["mentions"]] for e in analyze_article(art, Settings()).entities}


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("text", "lang", "mention"),
    [
        (
            "Veterans in Lakeview marked on Monday the defeat of Nazi Germany.",
            "en",
            "Nazi Germany",
        ),
        (
            "Les anciens combattants ont célébré lundi à Lyon la victoire sur l’Allemagne nazie.",
            "fr",
            "Allemagne nazie",
        ),
    ],
)
def test_entities_nazi_germany_own_place(text: str, lang: str, mention: str) -> None:
    found = entities(text, lang)
    assert found.get("Nazi Germany") == [mention], found
    assert "Germany" not in found, found


@pytest.mark.e2e
def test_entities_germany_alone_stays() -> None:
    found = entities("The senator likened the policy to appeasing Nazi Germany, and Germany's envoy objected.", "en")
    assert "Nazi Germany" in found and found.get("Germany") == ["Germany"], found
