"""Reading a predicted record whatever the shape of its items (a dict or a bare string), and labels of gold and
predicted items for the lists of what was missed or wrongly predicted."""

from __future__ import annotations

from typing import Any

from .text import find_spans, fold


def name_of(item: Any) -> str:
    """The name of a predicted entity/speaker/location given as a dict or a plain string."""
    if isinstance(item, dict):
        return str(item.get("name") or "")
    return str(item) if item is not None else ""


def code_of(item: Any) -> str:
    """The code of a predicted entity/actor (upper case), given as a dict or a plain string."""
    if isinstance(item, dict):
        return str(item.get("code") or "").strip().upper()
    return str(item).strip().upper() if item is not None else ""


def body_text(pred: dict[str, Any]) -> str:
    """The record's body; ``""`` when it is missing or not text."""
    body = pred.get("body")
    return body if isinstance(body, str) else ""


def list_field(pred: dict[str, Any], key: str) -> list[Any]:
    """A list field of the record; ``[]`` when it is missing or not a list."""
    value = pred.get(key)
    return value if isinstance(value, list) else []


def date_ok(gold: str, predicted: Any) -> bool:
    """Dates agree on the day (or on the precision the gold states: year, month)."""
    day = gold.strip()[:10]
    return isinstance(predicted, str) and predicted.strip()[: len(day)] == day


def span_text(item: dict[str, Any], body: str) -> str:
    """The body text at an item's ``start``/``end`` offsets, or ``""``."""
    start, end = item.get("start"), item.get("end")
    return body[start:end] if isinstance(start, int) and isinstance(end, int) else ""


def span_of(item: dict[str, Any], body: str) -> tuple[int, int]:
    """An item's ``[start, end)`` in the body; located from its ``text`` when offsets are missing."""
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int):
        return start, end
    spans = find_spans(item["text"], body) if isinstance(item.get("text"), str) else []
    return spans[0] if spans else (0, 0)


def speakers_of(quote: dict[str, Any]) -> frozenset[str]:
    """The folded names of a quote's speakers."""
    return frozenset(fold(name_of(s)) for s in quote.get("speakers") or [] if name_of(s))


def quote_label(quote: dict[str, Any]) -> str:
    """A quote as listed in the details: its speakers and the start of its text."""
    names = ", ".join(name_of(s) for s in quote.get("speakers") or []) or "?"
    text = quote.get("text_starts", quote.get("text")) or ""
    return f"{names}: {text[:80]!r}"


def event_label(event: dict[str, Any]) -> str:
    """An event as listed in the details: its type, actors and recipients."""

    def side(key: str) -> str:
        return "+".join(code_of(a) or name_of(a) for a in event.get(key) or []) or "?"

    return f"{event.get('type')} {side('actors')} -> {side('recipients')}"
