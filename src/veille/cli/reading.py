"""An analysed article printed for a person to read: its title, its metadata, its text with the quotes and the
sentences of events marked (colours on a terminal; in a pipe the text as it is), then the entities, quotes and
events found. ``veille analyze`` (without ``--json``) prints each article this way."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from ..record import side_codes, speaker_names
from .common import short
from .console import out

QUOTE_STYLE = "italic magenta"
EVENT_STYLE = "underline yellow"


def status_of(event: dict[str, Any]) -> str:
    """'' for a realised event; ' (negated)', ' (future)'... for one that did not happen."""
    if event.get("negated"):
        return " (negated)"
    return f" ({event['modality']})" if event.get("modality") else ""


def marked_body(rec: dict[str, Any]) -> Text:
    """The body with the quotes and the sentences of events styled (their offsets index the body)."""
    body = rec.get("body") or ""
    text = Text(body)
    for ev in rec.get("events") or []:
        sent = ev.get("sentence") or {}
        if (
            ev.get("source", "body") == "body"
            and isinstance(sent.get("start"), int)
            and isinstance(sent.get("end"), int)
        ):
            text.stylize(EVENT_STYLE, sent["start"], sent["end"])
    for q in rec.get("quotes") or []:
        if isinstance(q.get("start"), int) and isinstance(q.get("end"), int):
            text.stylize(QUOTE_STYLE, q["start"], q["end"])
    return text


def entity_lines(rec: dict[str, Any]) -> list[str]:
    by_type: dict[str, list[str]] = {}
    for ent in rec.get("entities") or []:
        label = str(ent.get("name") or "?") + (f" [{ent['code']}]" if ent.get("code") else "")
        by_type.setdefault(str(ent.get("type") or "?"), []).append(label)
    return [f"  {kind}: {', '.join(names)}" for kind, names in sorted(by_type.items())]


def event_line(ev: dict[str, Any]) -> str:
    kind = f"{ev.get('type')}{'/' + ev['mode'] if ev.get('mode') else ''}"
    sides = f"{side_codes(ev.get('actors')) or '?'} -> {side_codes(ev.get('recipients')) or '-'}"
    sentence = short((ev.get("sentence") or {}).get("text"), 90)
    return f"  {ev.get('date') or '----------'}  {kind:<16} {sides}{status_of(ev)}\n      {sentence}"


def print_article(rec: dict[str, Any], note: str | None = None) -> None:
    """Print one analysed article (see the module docstring); ``note`` says why its analysis was skipped."""
    console = out()
    title = rec.get("title") or "(no title)"
    console.print(Text(title, style="bold"))
    console.print("=" * min(len(title), 100))
    meta = [
        ("source", rec.get("source")),
        ("url", rec.get("url")),
        ("published", rec.get("published")),
        ("authors", ", ".join(rec.get("authors") or []) or None),
        ("language", rec.get("language") or "undetermined"),
        ("id", (rec.get("id") or "")[:12]),
    ]
    for key, value in meta:
        if value:
            console.print(Text(f"{key}: ", style="dim") + Text(str(value)))
    if note:
        console.print(Text(note, style="yellow"))
    console.print()
    console.print(marked_body(rec))
    for caption in rec.get("captions") or []:
        console.print(Text(f"[caption] {caption}", style="dim"), markup=False)
    entities, quotes, events = rec.get("entities") or [], rec.get("quotes") or [], rec.get("events") or []
    console.print()
    console.print(Text(f"Entities ({len(entities)})", style="bold"))
    for line in entity_lines(rec):
        console.print(line, markup=False)
    console.print(Text(f"Quotes ({len(quotes)})", style=f"bold {QUOTE_STYLE.split()[-1]}"))
    for q in quotes:
        console.print(f"  {speaker_names(q) or '?'}: «{short(q.get('text'), 100)}»", markup=False)
    console.print(Text(f"Events ({len(events)})", style="bold yellow"))
    for ev in events:
        console.print(event_line(ev), markup=False)
    boilerplate = rec.get("boilerplate") or []
    console.print(
        Text(f"{len(rec.get('paragraphs') or [])} paragraphs, {len(boilerplate)} boilerplate lines removed", "dim")
    )
    console.print()


__all__ = ["print_article", "marked_body", "status_of"]
