"""France's foreign ministry and minister, « de l’Europe et des Affaires étrangères », printed with a nationality
after the head noun (« le ministère français de l’Europe… », « le ministre français de l’Europe… »): the body and
the role are read whole, and « Europe » is no place there. Invented sentences and people."""

from __future__ import annotations

import pytest

from veille.analysis.stages import analyze_article
from veille.config import Settings
from veille.record import Article


def entities(text: str) -> dict[str, list[str]]:
    art = Article(source="test", title=None, language="fr", published="2025-03-04")
    art.paragraphs = [text]
    return {e["name"]: [m["text"] for m in e["mentions"]] for e in analyze_article(art, Settings()).entities}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Le Gabon a écrit mardi une lettre que le ministère français de l’Europe et des Affaires étrangères "
        "dit avoir reçue.",
        "Le ministre français de l’Europe et des Affaires étrangères, Paul Durand, a rencontré mardi son homologue.",
        "Selon Paul Durand, ministre de l'Europe et des Affaires étrangères, la rencontre aura lieu à Libreville.",
    ],
)
def test_entities_europe_portfolio_no_place(text: str) -> None:
    found = entities(text)
    assert "Europe" not in found, found


@pytest.mark.e2e
def test_entities_europe_portfolio_ministry_with_nationality() -> None:
    found = entities(
        "Le Gabon a écrit mardi une lettre que le ministère français de l’Europe et des Affaires étrangères "
        "dit avoir reçue."
    )
    assert found.get("Ministry of Foreign Affairs of France") == [
        "ministère français de l’Europe et des Affaires étrangères"
    ], found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a plaidé mardi à Lyon pour une Europe plus unie face aux crises.",
        "La ministre française de la Culture a visité un musée consacré à l’Europe à Strasbourg.",
    ],
)
def test_entities_europe_place_stays(text: str) -> None:
    assert "Europe" in entities(text)
