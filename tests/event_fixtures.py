"""Helpers shared by the event tests that read what the pipeline makes of an invented text: a text parsed and
analysed up to the event coder, the coder's frame of it, the place of each realised event of a type."""

from __future__ import annotations

from typing import Any


def analysed(lang: str, text: str, published: str) -> tuple[Any, Any, list[dict], list[dict]]:
    """``text`` parsed and analysed up to the event coder: its Doc, context, entities and the statements the coder
    reads (the quotes and those told only through an act, as the pipeline hands them over)."""
    from veille.analysis import nlp
    from veille.analysis.context import TextContext
    from veille.analysis.entities import recognise
    from veille.analysis.quotes import read_statements

    doc = nlp.parse(text, lang)
    ctx = TextContext.of(doc, lang, published)
    entities = recognise(doc, lang=lang, published=published, context=ctx)
    quotes = read_statements(doc, entities, lang=lang, context=ctx).all
    return doc, ctx, entities, quotes


def frame_of(parsed: tuple[Any, Any, list[dict], list[dict]], lang: str, published: str) -> Any:
    """A fresh event-coder frame of an :func:`analysed` text's body."""
    from veille.analysis.events.frame import new_frame

    _doc, ctx, entities, quotes = parsed
    return new_frame(ctx, entities, quotes, lang=lang, published=published, source="body", known=())


def pipeline_places(text: str, etype: str) -> list[str | None]:
    """The place name of each realised event of ``etype`` the whole pipeline reads in ``text``."""
    from veille.analysis.events import is_realised
    from veille.pipeline import analyze_text

    events = analyze_text(text, source="t.txt").to_dict()["events"]
    return [(e.get("location") or {}).get("name") for e in events if e["type"] == etype and is_realised(e)]
