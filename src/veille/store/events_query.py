"""Events read back through an :class:`~veille.store.filters.EventFilter`: a page of them (newest first), their
total, and facet counts (by type, mode, actor, recipient, place, language and status) for a filtered listing."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .filters import EventFilter, status_of
from .keys import check_limit, check_offset

#: values listed per facet (the most frequent ones)
FACET_SIZE = 12
#: the facets of an event listing: name -> (SQL value, joins it needs)
FACETS: dict[str, tuple[str, str]] = {
    "type": ("e.type", ""),
    "mode": ("e.mode", ""),
    "actor": ("x.code", " JOIN event_actors x ON x.event_id = e.id AND x.side = 'actor'"),
    "recipient": ("x.code", " JOIN event_actors x ON x.event_id = e.id AND x.side = 'recipient'"),
    "place": ("e.location_code", ""),
    "language": ("a.language", " JOIN articles a ON a.id = e.article_id"),
    "status": ("CASE WHEN e.negated THEN 'negated' ELSE coalesce(e.modality, 'realised') END", ""),
}


def event_row(row: sqlite3.Row) -> dict[str, Any]:
    """An event as listings return it: its stored record with its date (the article's when it has none), its
    article (id, title, language), its index in the article, and its status."""
    return {
        **json.loads(row["record"]),
        "date": row["date"],
        "article_id": row["article_id"],
        "idx": row["idx"],
        "title": row["title"],
        "language": row["language"],
        "status": status_of(row["negated"], row["modality"]),
        "realised": bool(row["realised"]),
    }


EVENT_COLUMNS = (
    "e.article_id, e.idx, e.date, e.record, e.negated, e.modality, e.realised, a.title AS title, a.language AS language"
)


def list_events(conn: sqlite3.Connection, filt: EventFilter, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """One page of the events ``filt`` keeps, newest first."""
    where, params = filt.where()
    rows = conn.execute(
        f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE {where}"
        " ORDER BY e.date DESC, e.id DESC LIMIT ? OFFSET ?",
        (*params, check_limit(limit), check_offset(offset)),
    ).fetchall()
    return [event_row(r) for r in rows]


def count_events(conn: sqlite3.Connection, filt: EventFilter) -> int:
    """How many events ``filt`` keeps."""
    where, params = filt.where()
    return int(conn.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0])


def facets(conn: sqlite3.Connection, filt: EventFilter, size: int = FACET_SIZE) -> dict[str, list[dict[str, Any]]]:
    """For each facet, its most frequent values and their counts among the events the other filters keep
    (the status facet counts every status; the others count realised events unless asked)."""
    result: dict[str, list[dict[str, Any]]] = {}
    for name, (value, joins) in FACETS.items():
        where, params = filt.where(skip=name)
        rows = conn.execute(
            f"SELECT {value} AS value, count(DISTINCT e.id) AS n FROM events e{joins} WHERE {where}"
            f" GROUP BY 1 HAVING value IS NOT NULL ORDER BY n DESC, value LIMIT ?",
            (*params, size),
        ).fetchall()
        result[name] = [{"value": r["value"], "count": r["n"]} for r in rows]
    return result
