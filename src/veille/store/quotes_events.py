"""Reading quotes and events back: quotes by speaker, events by actor, recipient, type and dates."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .keys import check_date, check_limit, normalise_name


def quotes(conn: sqlite3.Connection, speaker: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Quotes, newest article first; ``speaker`` is an entity id or any name of the speaker."""
    where, params = "", []
    if speaker:
        norm = normalise_name(speaker)
        where = (
            " WHERE q.id IN (SELECT quote_id FROM quote_speakers WHERE name_norm = ? OR entity_id = ?"
            " OR entity_id IN (SELECT entity_id FROM entity_names WHERE name_norm = ?))"
        )
        params = [norm, speaker, norm]
    rows = conn.execute(
        "SELECT q.article_id, q.idx, q.record, a.published, a.title FROM quotes q"
        f" JOIN articles a ON a.id = q.article_id{where} ORDER BY a.published DESC, a.seq DESC, q.idx LIMIT ?",
        (*params, check_limit(limit)),
    ).fetchall()
    return [
        {
            **json.loads(r["record"]),
            "article_id": r["article_id"],
            "idx": r["idx"],
            "published": r["published"],
            "title": r["title"],
        }
        for r in rows
    ]


def events(
    conn: sqlite3.Connection,
    actor: str | None = None,
    recipient: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 100,
) -> list[dict[str, Any]]:
    """Events, newest first, filtered by actor/recipient code, PLOVER type and date range (inclusive).

    Each event is its stored record plus ``article_id`` and ``idx``; an event without its own date
    carries the article's publication date.
    """
    clauses, params = [], []
    for side, code in (("actor", actor), ("recipient", recipient)):
        if code:
            clauses.append("e.id IN (SELECT event_id FROM event_actors WHERE side = ? AND code = ?)")
            params += [side, code.strip().upper()]
    if type:
        clauses.append("e.type = ?")
        params.append(type.strip().upper())
    if since:
        clauses.append("e.date >= ?")
        params.append(check_date(since, "since"))
    if until:
        clauses.append("e.date < ?")  # a prefix-aware inclusive bound: until=2025-04 includes 2025-04-30
        params.append(check_date(until, "until") + "\U0010ffff")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(
        f"SELECT e.article_id, e.idx, e.date, e.record FROM events e{where} ORDER BY e.date DESC, e.id DESC LIMIT ?",
        (*params, check_limit(limit)),
    ).fetchall()
    return [
        {**json.loads(r["record"]), "date": r["date"], "article_id": r["article_id"], "idx": r["idx"]} for r in rows
    ]
