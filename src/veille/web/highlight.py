"""An article's texts (body, title, captions) cut into segments for highlighting, from the stored offsets of its
entity mentions, quotes, and events (their sentences and trigger words).

A segment is a run of characters covered by the same annotations: at most one mention, one quote and one event
sentence (the first stored wins where two of a kind overlap). The template wraps each segment in its highlights
(autoescaped: no HTML is built here) and writes a quote's speakers after its last segment and an event's tag
after its sentence's last segment. Offsets that do not fit the text are dropped, never guessed.

Entity mentions may say which text they are in (``field``: ``body``, ``title`` or ``caption:N``); one that does
not is in the body. Events say it with ``source`` (``body``, ``title``, ``caption``) and ``caption`` (its index).
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass, field
from typing import Any

from ..plover import quad_classes
from ..store.filters import status_of


@dataclass
class Span:
    """One annotation over ``[start, end)`` of a text."""

    kind: str  # "mention", "quote", "event" or "trigger"
    start: int
    end: int
    data: dict[str, Any]


@dataclass
class Segment:
    """A run of text and the annotations covering it; ``closes`` lists the annotations ending with it."""

    text: str
    mention: dict[str, Any] | None = None
    quote: dict[str, Any] | None = None
    event: dict[str, Any] | None = None
    trigger: bool = False
    closes: list[Span] = field(default_factory=list)


def entity_href(entity_id: str) -> str:
    """The path of an entity's page."""
    return "/entities/" + urllib.parse.quote(entity_id, safe="")


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """``text`` cut at every boundary of ``spans`` (spans outside the text are dropped)."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    result = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        seg = Segment(text[lo:hi])
        for span in spans:
            if span.start <= lo and hi <= span.end:
                if span.kind == "trigger":
                    seg.trigger = True
                elif getattr(seg, span.kind) is None:
                    setattr(seg, span.kind, span.data)
                if span.end == hi and (span.kind == "event" or (span.kind == "quote" and seg.quote is span.data)):
                    seg.closes.append(span)
        result.append(seg)
    return result


def mention_spans(record: dict[str, Any], where: str) -> list[Span]:
    """The entity mentions in one text (``body``, ``title`` or ``caption:N``)."""
    spans = []
    for ent in record.get("entities") or []:
        if not ent.get("id"):
            continue
        data = {"id": ent["id"], "name": ent.get("name"), "type": ent.get("type"), "href": entity_href(ent["id"])}
        for m in ent.get("mentions") or []:
            if (
                (m.get("field") or "body") == where
                and isinstance(m.get("start"), int)
                and isinstance(m.get("end"), int)
            ):
                spans.append(Span("mention", m["start"], m["end"], data))
    return spans


def quote_spans(record: dict[str, Any]) -> list[Span]:
    """The quotes of the body (every place each appears), with their speakers."""
    spans = []
    for idx, q in enumerate(record.get("quotes") or []):
        speakers = [
            {"name": s.get("name") or "?", "href": entity_href(s["id"]) if s.get("id") else None}
            for s in q.get("speakers") or []
            if isinstance(s, dict)
        ]
        data = {"idx": idx, "speakers": speakers, "direct": q.get("direct")}
        places = q.get("spans") or [{"start": q.get("start"), "end": q.get("end")}]
        for p in places:
            if isinstance(p.get("start"), int) and isinstance(p.get("end"), int):
                spans.append(Span("quote", p["start"], p["end"], data))
    return spans


def event_where(ev: dict[str, Any]) -> str:
    """Which text an event was found in: ``body``, ``title`` or ``caption:N``."""
    source = ev.get("source") or "body"
    return f"caption:{ev.get('caption') or 0}" if source == "caption" else source


def event_spans(record: dict[str, Any], where: str) -> list[Span]:
    """The sentences and trigger words of the events found in one text."""
    spans = []
    quads = quad_classes()
    for idx, ev in enumerate(record.get("events") or []):
        if event_where(ev) != where:
            continue
        status = status_of(ev.get("negated"), ev.get("modality"))
        data = {
            "idx": idx,
            "type": ev.get("type"),
            "status": status,
            "quad": ev.get("quad") or quads.get(ev.get("type") or ""),
        }
        sentence, trigger = ev.get("sentence") or {}, ev.get("trigger") or {}
        if isinstance(sentence.get("start"), int) and isinstance(sentence.get("end"), int):
            spans.append(Span("event", sentence["start"], sentence["end"], data))
        if isinstance(trigger.get("start"), int) and isinstance(trigger.get("end"), int):
            spans.append(Span("trigger", trigger["start"], trigger["end"], data))
    return spans


def highlighted(record: dict[str, Any]) -> dict[str, Any]:
    """The segments of the body, the title and each caption of a stored record."""
    body = record.get("body") or "\n\n".join(record.get("paragraphs") or [])
    title = record.get("title") or ""
    return {
        "body": segments(body, event_spans(record, "body") + quote_spans(record) + mention_spans(record, "body")),
        "title": segments(title, event_spans(record, "title") + mention_spans(record, "title")),
        "captions": [
            segments(cap, event_spans(record, f"caption:{i}") + mention_spans(record, f"caption:{i}"))
            for i, cap in enumerate(record.get("captions") or [])
            if isinstance(cap, str)
        ],
    }
