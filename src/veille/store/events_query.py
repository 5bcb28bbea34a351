"""Events read back through an :class:`~veille.store.filters.EventFilter`: a page of them (newest first), their
total, and facet counts (by type, mode, actor, recipient, place, language and status) for a filtered listing."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from typing import Any

from .filters import EventFilter, status_of
from .keys import check_limit, check_offset

#: values listed per facet (the most frequent ones)
FACET_SIZE = 12
#: the facets of an event listing, in their order
FACETS = ("type", "mode", "actor", "recipient", "place", "language", "status")


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
    """For each facet, its most frequent values and their counts among the events ``filt`` keeps (drill-down:
    the status facet counts every status, the others the events of the listing). One pass over the kept
    events, counted here: a filtered listing reads few rows, and the whole store's facets are computed once
    per version by the server (:class:`veille.web.cache.Memo`)."""
    return total_and_facets(conn, filt, size)[1]


def total_and_facets(
    conn: sqlite3.Connection, filt: EventFilter, size: int = FACET_SIZE
) -> tuple[int, dict[str, list[dict[str, Any]]]]:
    """What :func:`count_events` and :func:`facets` return, from the one pass of :func:`facets` (a listing's
    page needs both: one query fewer)."""
    where, params = filt.where(skip="status")
    listed = filt.checked()
    counts: dict[str, Counter[str]] = {name: Counter() for name in FACETS}
    kept: set[int] = set()
    total = 0
    for r in conn.execute(
        "SELECT e.id, e.type, e.mode, e.location_code, e.negated, e.modality, e.realised, a.language"
        f" FROM events e JOIN articles a ON a.id = e.article_id WHERE {where}",
        params,
    ):
        total += counted(listed, r)
        status = status_of(r["negated"], r["modality"])
        counts["status"][status] += 1
        if (listed.status and status != listed.status) or (
            not listed.status and not listed.include_unrealised and not r["realised"]
        ):
            continue
        kept.add(r["id"])
        for name, value in (
            ("type", r["type"]),
            ("mode", r["mode"]),
            ("place", r["location_code"]),
            ("language", r["language"]),
        ):
            if value is not None:
                counts[name][value] += 1
    if kept:
        for event_id, side, code in conn.execute(
            f"SELECT DISTINCT x.event_id, x.side, x.code FROM events e JOIN event_actors x ON x.event_id = e.id"
            f" WHERE {where} AND x.code IS NOT NULL",
            params,
        ):
            if event_id in kept:
                counts[side][code] += 1
    return total, {
        name: [{"value": v, "count": n} for v, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:size]]
        for name, c in counts.items()
    }


def counted(filt: EventFilter, row: sqlite3.Row) -> bool:
    """Whether :func:`count_events` counts the event ``row`` of the other filters: the status condition of
    :meth:`EventFilter.where`, in Python."""
    if filt.status == "realised":
        return bool(row["realised"])
    if filt.status == "negated":
        return bool(row["negated"])
    if filt.status:
        return bool(row["modality"] == filt.status)
    return filt.include_unrealised or bool(row["realised"])
