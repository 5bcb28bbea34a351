"""Helpers shared by the entity tests that read whole entities from invented sentences: the entities of a text by
name (parsed and recognised with a fixed publication date), the names a whole article analysis keeps, the printed
forms of an entity's mentions, and the quotes attributed with those entities."""

from __future__ import annotations

from veille.analysis.entities import recognise
from veille.analysis.nlp import parse
from veille.analysis.quotes import extract_quotes
from veille.analysis.stages import analyze_article
from veille.config import Settings
from veille.record import Article, Entity, Quote


def entities(text: str, lang: str) -> dict[str, Entity]:
    """The entities Veille recognises in ``text``, keyed by canonical name."""
    return {e["name"]: e for e in recognise(parse(text, lang), lang=lang, published="2025-01-01")}


def article_names(text: str, lang: str) -> set[str]:
    """The names of the entities a whole article analysis keeps for a one-paragraph article of ``text``."""
    art = Article(source="test", title=None, language=lang, published="2025-03-04")
    art.paragraphs = [text]
    return {e["name"] for e in analyze_article(art, Settings()).entities}


def forms(ent: Entity) -> list[str]:
    """The text of each mention of ``ent``, in order."""
    return [m["text"] for m in ent["mentions"]]


def quotes(text: str, lang: str) -> list[Quote]:
    """The quotes Veille finds in ``text``, attributed with the entities it recognises there."""
    doc = parse(text, lang)
    return extract_quotes(doc, recognise(doc, lang=lang, published="2025-01-01"), lang=lang)
