"""Checks of a real-news gold file (``../shared/real/GOLD.md``) against its retrieved text, before it is scored.

Annotators write the real-news gold from the texts alone; :func:`check_real_gold` tells them, file by file, what
does not hold: the keys GOLD.md names, spans inside the text on word boundaries with no surrounding whitespace,
every entity mention, quote start (at most six words) and event trigger (at most four words) verbatim in the text,
PLOVER types and statuses, and the real-news convention that exactly the realised events are required.
``python scripts/check_gold.py GOLD.json...`` runs it (corpus/real2 and corpus/real3 were checked with it).
A quote's speaker that names no entity of the file is only a warning: an institution may speak without being named
in the text's entity list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..plover import event_types

#: The keys every real-news gold file has (GOLD.md).
KEYS = frozenset(
    {"id", "language", "published", "title_span", "authors", "body", "entities", "quotes", "events", "split", "notes"}
)
#: An event's statuses (GOLD.md); only ``realised`` events are required.
STATUSES = frozenset({"realised", "negated", "planned", "offered", "claimed", "hypothetical"})
ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC"})
#: GOLD.md's limits on what a gold file may copy of a third-party text.
QUOTE_WORDS, TRIGGER_WORDS = 6, 4


@dataclass
class GoldCheck:
    """What does not hold in one gold file: ``errors`` (the file must be fixed) and ``warnings``."""

    path: Path
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def check_real_gold(path: Path, root: Path) -> GoldCheck:
    """Check gold file ``path``; its text is ``root / data["source"]`` (the repository root for corpus/real2,
    corpus/real3)."""
    out = GoldCheck(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        out.errors.append(f"not readable JSON: {exc}")
        return out
    if not isinstance(data, dict):
        out.errors.append("not a JSON object")
        return out
    missing = sorted((KEYS | {"source"}) - set(data))
    if missing:
        out.errors.append(f"missing keys: {', '.join(missing)}")
    if data.get("split") not in ("dev", "blind"):
        out.errors.append(f"split must be dev or blind, got {data.get('split')!r}")
    try:
        text = (root / str(data.get("source"))).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        out.errors.append(f"text {data.get('source')!r} unreadable: {exc}")
        return out
    _spans(data, text, out)
    names = _entities(data, text, out)
    _quotes(data, text, names, out)
    _events(data, text, out)
    return out


def _span(span: Any, text: str, where: str, out: GoldCheck) -> None:
    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
        out.errors.append(f"{where}: not a [start, end] pair: {span!r}")
        return
    a, b = span
    if not 0 <= a < b <= len(text):
        out.errors.append(f"{where}: {span} outside the text ({len(text)} characters)")
        return
    if text[a].isspace() or text[b - 1].isspace():
        out.errors.append(f"{where}: {span} starts or ends with whitespace")
    if a > 0 and text[a - 1].isalnum() and text[a].isalnum():
        out.errors.append(f"{where}: {span} starts inside a word")
    if b < len(text) and text[b - 1].isalnum() and text[b].isalnum():
        out.errors.append(f"{where}: {span} ends inside a word")


def _spans(data: dict[str, Any], text: str, out: GoldCheck) -> None:
    if data.get("title_span") is not None:
        _span(data["title_span"], text, "title_span", out)
    body = data.get("body") or {}
    for key in ("include_spans", "exclude_spans", "caption_spans"):
        for span in body.get(key) or []:
            _span(span, text, f"body.{key}", out)


def _entities(data: dict[str, Any], text: str, out: GoldCheck) -> set[str]:
    names = set()
    for entity in data.get("entities") or []:
        name = entity.get("name")
        names.add(name)
        if entity.get("type") not in ENTITY_TYPES:
            out.errors.append(f"entity {name!r}: type {entity.get('type')!r}")
        if not entity.get("mentions"):
            out.errors.append(f"entity {name!r}: no mentions")
        for mention in entity.get("mentions") or []:
            if mention not in text:
                out.errors.append(f"entity {name!r}: mention {mention!r} not in the text")
    return names


def _quotes(data: dict[str, Any], text: str, names: set[str], out: GoldCheck) -> None:
    for quote in data.get("quotes") or []:
        start = quote.get("text_starts") or ""
        if not start or start not in text:
            out.errors.append(f"quote {start!r}: not in the text")
        if len(start.split()) > QUOTE_WORDS:
            out.errors.append(f"quote {start!r}: more than {QUOTE_WORDS} words")
        for key in ("speakers", "direct", "partial", "required"):
            if key not in quote:
                out.errors.append(f"quote {start!r}: no {key}")
        speakers = quote.get("speakers") or []
        if not speakers and not quote.get("speaker_description"):
            out.errors.append(f"quote {start!r}: no speaker and no speaker_description")
        for speaker in speakers:
            if speaker not in names:
                out.warnings.append(f"quote {start!r}: speaker {speaker!r} names no entity of the file")


def _events(data: dict[str, Any], text: str, out: GoldCheck) -> None:
    for event in data.get("events") or []:
        trigger = event.get("trigger") or ""
        if event.get("type") not in event_types():
            out.errors.append(f"event {trigger!r}: type {event.get('type')!r} is no PLOVER type")
        if not trigger or trigger not in text:
            out.errors.append(f"event {trigger!r}: trigger not in the text")
        if len(trigger.split()) > TRIGGER_WORDS:
            out.errors.append(f"event {trigger!r}: trigger of more than {TRIGGER_WORDS} words")
        if event.get("status") not in STATUSES:
            out.errors.append(f"event {trigger!r}: status {event.get('status')!r}")
        if bool(event.get("required")) != (event.get("status") == "realised"):
            out.errors.append(f"event {trigger!r}: required must be true exactly for realised events")
        for key in ("actors", "recipients"):
            if not isinstance(event.get(key), list):
                out.errors.append(f"event {trigger!r}: {key} is not a list")
