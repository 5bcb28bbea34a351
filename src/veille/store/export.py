"""Exports of the store: JSON Lines (the canonical stream: one analysed-article record a line) and CSV
tables (articles, entities, quotes, events) for spreadsheets and statistics tools."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..record import side_codes

#: the tables ``export_csv`` can write, with their columns
TABLES: dict[str, list[str]] = {
    "articles": ["id", "published", "language", "title", "authors", "url", "source", "entities", "quotes", "events"],
    "entities": ["article_id", "entity_id", "type", "name", "code", "country", "sector", "roles", "mentions"],
    "quotes": ["article_id", "start", "end", "direct", "speakers", "speaker_ids", "cue", "text"],
    "events": [
        "article_id",
        "date",
        "type",
        "mode",
        "quad",
        "score",
        "actors",
        "recipients",
        "location",
        "contexts",
        "confidence",
        "negated",
        "modality",
        "source",
        "sentence",
    ],
}


def realised(event: dict[str, Any]) -> bool:
    """True for an event reported as having happened: neither negated nor with a modality."""
    return not event.get("negated") and not event.get("modality")


def rows(table: str, records: Iterable[dict[str, Any]], include_unrealised: bool = False) -> Iterator[dict[str, Any]]:
    """The rows of one table, flattened from analysed-article records; the events table keeps realised events
    only unless ``include_unrealised`` (and the articles table counts only those)."""
    for rec in records:
        aid = rec.get("id")
        if table == "articles":
            yield {
                "id": aid,
                "published": rec.get("published"),
                "language": rec.get("language"),
                "title": rec.get("title"),
                "authors": "; ".join(rec.get("authors") or []),
                "url": rec.get("url"),
                "source": rec.get("source"),
                "entities": len(rec.get("entities") or []),
                "quotes": len(rec.get("quotes") or []),
                "events": sum(1 for ev in rec.get("events") or [] if include_unrealised or realised(ev)),
            }
        elif table == "entities":
            for ent in rec.get("entities") or []:
                yield {
                    "article_id": aid,
                    "entity_id": ent.get("id"),
                    "type": ent.get("type"),
                    "name": ent.get("name"),
                    "code": ent.get("code"),
                    "country": ent.get("country"),
                    "sector": ent.get("sector"),
                    "roles": "; ".join(r.get("role") or "" for r in ent.get("roles") or []),
                    "mentions": len(ent.get("mentions") or []),
                }
        elif table == "quotes":
            for q in rec.get("quotes") or []:
                speakers = q.get("speakers") or []
                yield {
                    "article_id": aid,
                    "start": q.get("start"),
                    "end": q.get("end"),
                    "direct": q.get("direct"),
                    "speakers": "; ".join(s.get("name") or "" for s in speakers),
                    "speaker_ids": "; ".join(s.get("id") or "" for s in speakers),
                    "cue": q.get("cue"),
                    "text": q.get("text"),
                }
        elif table == "events":
            for ev in rec.get("events") or []:
                if not include_unrealised and not realised(ev):
                    continue
                yield {
                    "article_id": aid,
                    "date": ev.get("date"),
                    "type": ev.get("type"),
                    "mode": ev.get("mode"),
                    "quad": ev.get("quad"),
                    "score": ev.get("score"),
                    "actors": side_codes(ev.get("actors")),
                    "recipients": side_codes(ev.get("recipients")),
                    "location": (ev.get("location") or {}).get("name"),
                    "contexts": "; ".join(ev.get("contexts") or []),
                    "confidence": ev.get("confidence"),
                    "negated": ev.get("negated"),
                    "modality": ev.get("modality"),
                    "source": ev.get("source"),
                    "sentence": (ev.get("sentence") or {}).get("text", "").strip(),
                }
        else:
            raise ValueError(f"unknown table {table!r}")


def export_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Write one JSON record a line; return how many."""
    count = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        count += 1
    return count


def export_csv(table: str, records: Iterable[dict[str, Any]], out: IO[str], include_unrealised: bool = False) -> int:
    """Write one table (a header, then its rows); return how many rows. Events that did not happen (negated,
    future, hypothetical...) are left out of the events table unless ``include_unrealised``."""
    writer = csv.DictWriter(out, fieldnames=TABLES[table])
    writer.writeheader()
    count = 0
    for row in rows(table, records, include_unrealised):
        writer.writerow(row)
        count += 1
    return count
