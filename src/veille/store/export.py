"""Exports of the store: JSON Lines (the canonical stream: one analysed-article record a line), CSV tables (one
table a file, for spreadsheets) and Parquet tables (:mod:`.parquet`: typed, lists kept as lists).

Every table has ids: ``articles.id``; ``entities`` (``article_id``, ``entity_id``); ``quotes.quote_id`` and
``events.event_id`` (``<article id>:<index in the record>``, the ``idx`` of the SQLite tables). :func:`typed_rows`
gives a table's rows with their lists and structures (an event's actors are a list of actors); CSV cells join a
list with ``"; "`` (``USA; PHL``).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

#: the tables of an export, in the order they are written
TABLE_NAMES = ("articles", "entities", "quotes", "events")
#: what joins the items of a list in a CSV cell
LIST_SEPARATOR = "; "


def realised(event: dict[str, Any]) -> bool:
    """True for an event reported as having happened: neither negated nor with a modality."""
    return not event.get("negated") and not event.get("modality")


def ref(value: Any) -> dict[str, Any]:
    """An actor, recipient, speaker or place as a struct: code, id, name, sector (a bare code accepted)."""
    value = value if isinstance(value, dict) else {"code": value}
    return {k: (None if value.get(k) is None else str(value.get(k))) for k in ("code", "id", "name", "sector")}


def texts(values: Any) -> list[str]:
    """A list of strings (anything else in it left out)."""
    return [v for v in values or [] if isinstance(v, str)]


def article_row(rec: dict[str, Any], include_unrealised: bool) -> dict[str, Any]:
    return {
        "id": rec.get("id"),
        "published": rec.get("published"),
        "language": rec.get("language"),
        "title": rec.get("title"),
        "authors": texts(rec.get("authors")),
        "url": rec.get("url"),
        "source": rec.get("source"),
        "entities": len(rec.get("entities") or []),
        "quotes": len(rec.get("quotes") or []),
        "events": sum(1 for ev in rec.get("events") or [] if include_unrealised or realised(ev)),
        "body": rec.get("body") or "",
    }


def entity_row(aid: Any, ent: dict[str, Any]) -> dict[str, Any]:
    roles = [r if isinstance(r, dict) else {"role": r, "text": r} for r in ent.get("roles") or []]
    return {
        "article_id": aid,
        "entity_id": ent.get("id"),
        "type": ent.get("type"),
        "name": ent.get("name"),
        "code": ent.get("code"),
        "country": ent.get("country"),
        "sector": ent.get("sector"),
        "roles": [{k: (None if r.get(k) is None else str(r.get(k))) for k in ("role", "text", "date")} for r in roles],
        "mentions": len(ent.get("mentions") or []),
    }


def quote_row(aid: Any, idx: int, q: dict[str, Any]) -> dict[str, Any]:
    return {
        "quote_id": f"{aid}:{idx}",
        "article_id": aid,
        "start": q.get("start"),
        "end": q.get("end"),
        "direct": None if q.get("direct") is None else bool(q.get("direct")),
        "speakers": [ref(s) for s in q.get("speakers") or []],
        "cue": q.get("cue"),
        "text": q.get("text"),
    }


def event_row(aid: Any, idx: int, ev: dict[str, Any]) -> dict[str, Any]:
    location = ev.get("location")
    score, confidence = ev.get("score"), ev.get("confidence")
    return {
        "event_id": f"{aid}:{idx}",
        "article_id": aid,
        "date": ev.get("date"),
        "type": ev.get("type"),
        "mode": ev.get("mode"),
        "quad": ev.get("quad"),
        "score": float(score) if isinstance(score, int | float) else None,
        "actors": [ref(a) for a in ev.get("actors") or []],
        "recipients": [ref(r) for r in ev.get("recipients") or []],
        "location": ref(location) if location else None,
        "contexts": texts(ev.get("contexts")),
        "confidence": float(confidence) if isinstance(confidence, int | float) else None,
        "negated": bool(ev.get("negated")),
        "modality": ev.get("modality") or None,
        "realised": realised(ev),
        "source": ev.get("source"),
        "sentence": ((ev.get("sentence") or {}).get("text") or "").strip(),
    }


def typed_rows(table: str, rec: dict[str, Any], include_unrealised: bool = False) -> Iterator[dict[str, Any]]:
    """The rows of one table from one analysed-article record, lists and structures kept; the events table keeps
    realised events only unless ``include_unrealised`` (and the articles table counts only those)."""
    aid = rec.get("id")
    if table == "articles":
        yield article_row(rec, include_unrealised)
    elif table == "entities":
        yield from (entity_row(aid, ent) for ent in rec.get("entities") or [] if isinstance(ent, dict))
    elif table == "quotes":
        yield from (quote_row(aid, i, q) for i, q in enumerate(rec.get("quotes") or []) if isinstance(q, dict))
    elif table == "events":
        for i, ev in enumerate(rec.get("events") or []):
            if isinstance(ev, dict) and (include_unrealised or realised(ev)):
                yield event_row(aid, i, ev)
    else:
        raise ValueError(f"unknown table {table!r}")


def joined(values: Iterable[str | None]) -> str:
    return LIST_SEPARATOR.join(v or "?" for v in values)


def codes(refs: list[dict[str, Any]]) -> str:
    """'USA; PHL': the codes of actors (each once, in order; '?' for a missing one)."""
    return joined(dict.fromkeys(r.get("code") or "?" for r in refs))


Cell = Callable[[dict[str, Any]], Any]


def field(name: str) -> Cell:
    """The cell of a column copied from the typed row as it is."""
    return lambda row: row[name]


#: the CSV columns of each table: name -> the cell, from the typed row
CSV: dict[str, dict[str, Cell]] = {
    "articles": {
        **{k: field(k) for k in ("id", "published", "language", "title")},
        "authors": lambda row: LIST_SEPARATOR.join(row["authors"]),
        **{k: field(k) for k in ("url", "source", "entities", "quotes", "events")},
    },
    "entities": {
        **{k: field(k) for k in ("article_id", "entity_id", "type", "name", "code", "country")},
        "sector": lambda row: row["sector"],
        "roles": lambda row: LIST_SEPARATOR.join(r.get("role") or "" for r in row["roles"]),
        "mentions": lambda row: row["mentions"],
    },
    "quotes": {
        **{k: field(k) for k in ("quote_id", "article_id", "start", "end", "direct")},
        "speakers": lambda row: LIST_SEPARATOR.join(s.get("name") or "" for s in row["speakers"]),
        "speaker_ids": lambda row: LIST_SEPARATOR.join(s.get("id") or "" for s in row["speakers"]),
        "cue": lambda row: row["cue"],
        "text": lambda row: row["text"],
    },
    "events": {
        **{k: field(k) for k in ("event_id", "article_id", "date", "type", "mode", "quad", "score")},
        "actors": lambda row: codes(row["actors"]),
        "recipients": lambda row: codes(row["recipients"]),
        "location": lambda row: (row["location"] or {}).get("name"),
        "contexts": lambda row: LIST_SEPARATOR.join(row["contexts"]),
        **{k: field(k) for k in ("confidence", "negated", "modality", "source", "sentence")},
    },
}
#: the tables ``export_csv`` can write, with their columns
TABLES: dict[str, list[str]] = {name: list(columns) for name, columns in CSV.items()}


def rows(table: str, records: Iterable[dict[str, Any]], include_unrealised: bool = False) -> Iterator[dict[str, Any]]:
    """The CSV rows of one table (lists joined with ``"; "``)."""
    columns = CSV[table] if table in CSV else None
    if columns is None:
        raise ValueError(f"unknown table {table!r}")
    for rec in records:
        for row in typed_rows(table, rec, include_unrealised):
            yield {name: cell(row) for name, cell in columns.items()}


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


__all__ = ["TABLES", "TABLE_NAMES", "typed_rows", "rows", "export_jsonl", "export_csv", "realised", "LIST_SEPARATOR"]
