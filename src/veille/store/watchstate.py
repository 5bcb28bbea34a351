"""The state of ``veille watch`` in the store (migration 6): the watched sources with what resuming needs (last
poll, next poll, ETag and Last-Modified, errors), the items seen in each, and the alerts to deliver.

Every change is committed as it happens, so a watcher killed at any point resumes where it was: an item is
recorded once its article is stored (a crash in between fetches it again, and storing finds the duplicate), and an
alert is recorded pending in the same transaction, then marked delivered.
"""

from __future__ import annotations

import calendar
import json
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .connection import now, transaction

#: Tries of an item whose fetch or analysis failed, one per poll, before it is left alone.
MAX_ITEM_ATTEMPTS = 3
#: Tries of an alert's delivery (a webhook that is down) before it is left undelivered (``veille status`` counts
#: them).
MAX_DELIVERY_ATTEMPTS = 10


@dataclass
class Source:
    """A watched source as stored."""

    id: int
    url: str
    kind: str
    interval: float
    trusted: bool
    etag: str | None
    last_modified: str | None
    next_poll: float | None


def row_source(row: sqlite3.Row) -> Source:
    return Source(
        row["id"],
        row["url"],
        row["kind"],
        row["interval"],
        bool(row["trusted"]),
        row["etag"],
        row["last_modified"],
        row["next_poll"],
    )


def upsert_sources(conn: sqlite3.Connection, specs: Iterable[tuple[str, str, float, bool]], only: bool) -> None:
    """Add or update sources (url, kind, interval, trusted); with ``only``, every other source is set inactive."""
    specs = list(specs)
    with transaction(conn):
        for url, kind, interval, trusted in specs:
            conn.execute(
                "INSERT INTO watch_sources(url, kind, interval, trusted, added_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(url) DO UPDATE SET kind = excluded.kind, interval = excluded.interval,"
                " trusted = excluded.trusted, active = 1",
                (url, kind, interval, int(trusted), now()),
            )
        if only:
            urls = [s[0] for s in specs]
            conn.execute(f"UPDATE watch_sources SET active = 0 WHERE url NOT IN ({','.join('?' * len(urls))})", urls)


def active_sources(conn: sqlite3.Connection) -> list[Source]:
    """The sources to watch, the one due first first (never polled ones before all)."""
    rows = conn.execute(
        "SELECT * FROM watch_sources WHERE active = 1 ORDER BY next_poll IS NOT NULL, next_poll, id"
    ).fetchall()
    return [row_source(r) for r in rows]


def record_poll(
    conn: sqlite3.Connection,
    source: Source,
    next_poll: float,
    *,
    error: str | None = None,
    etag: str | None = None,
    modified: str | None = None,
) -> None:
    """A poll is over: its time, the next one, and its success (new validators) or its error."""
    at = now()
    if error is None:
        conn.execute(
            "UPDATE watch_sources SET last_poll = ?, next_poll = ?, last_success = ?, polls = polls + 1,"
            " etag = coalesce(?, etag), last_modified = coalesce(?, last_modified) WHERE id = ?",
            (at, next_poll, at, etag, modified, source.id),
        )
    else:
        conn.execute(
            "UPDATE watch_sources SET last_poll = ?, next_poll = ?, last_error = ?, last_error_at = ?,"
            " polls = polls + 1, failures = failures + 1 WHERE id = ?",
            (at, next_poll, error[:500], at, source.id),
        )
    source.next_poll = next_poll


def unseen(conn: sqlite3.Connection, source_id: int, items: list[str]) -> set[str]:
    """The items not seen yet in a source, or failed fewer than :data:`MAX_ITEM_ATTEMPTS` times."""
    seen: set[str] = set()
    for start in range(0, len(items), 500):
        chunk = items[start : start + 500]
        seen |= {
            r[0]
            for r in conn.execute(
                f"SELECT item FROM watch_items WHERE source_id = ? AND item IN ({','.join('?' * len(chunk))})"
                " AND (status != 'failed' OR attempts >= ?)",
                (source_id, *chunk, MAX_ITEM_ATTEMPTS),
            )
        }
    return set(items) - seen


def record_item(
    conn: sqlite3.Connection,
    source_id: int,
    item: str,
    url: str | None,
    status: str,
    article_id: str | None = None,
    error: str | None = None,
    alerts: Iterable[tuple[str, str, dict[str, Any]]] = (),
) -> None:
    """One item's outcome (new, duplicate or failed) and the alerts it raised (alert, target, payload), in one
    transaction."""
    with transaction(conn):
        conn.execute(
            "INSERT INTO watch_items(source_id, item, url, seen_at, status, article_id, error)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source_id, item) DO UPDATE SET seen_at = excluded.seen_at,"
            " status = excluded.status, article_id = excluded.article_id, error = excluded.error,"
            " attempts = attempts + 1",
            (source_id, item, url, now(), status, article_id, error),
        )
        for alert, target, payload in alerts:
            conn.execute(
                "INSERT OR IGNORE INTO alert_deliveries(alert, article_id, target, payload, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (alert, payload["article_id"], target, json.dumps(payload, ensure_ascii=False), now()),
            )


def alerted(conn: sqlite3.Connection, alert: str, article_id: str, per_story: bool = True) -> bool:
    """Whether an alert was already raised on an article (for any target), or with ``per_story`` on any article of
    its story (a wire copy of an article it fired on)."""
    found = conn.execute(
        "SELECT 1 FROM alert_deliveries WHERE alert = ? AND article_id = ? LIMIT 1", (alert, article_id)
    ).fetchone()
    if found is None and per_story:
        found = conn.execute(
            "SELECT 1 FROM alert_deliveries d JOIN article_stories s ON s.article_id = d.article_id"
            " WHERE d.alert = ? AND s.story_id = (SELECT story_id FROM article_stories WHERE article_id = ?) LIMIT 1",
            (alert, article_id),
        ).fetchone()
    return found is not None


def pending(conn: sqlite3.Connection) -> list[tuple[str, str, str, dict[str, Any]]]:
    """The alerts to deliver (alert, article id, target, payload), oldest first."""
    rows = conn.execute(
        "SELECT alert, article_id, target, payload FROM alert_deliveries WHERE delivered_at IS NULL AND attempts < ?"
        " ORDER BY created_at, alert, article_id",
        (MAX_DELIVERY_ATTEMPTS,),
    ).fetchall()
    return [(r[0], r[1], r[2], json.loads(r[3])) for r in rows]


def delivered(conn: sqlite3.Connection, alert: str, article_id: str, target: str, error: str | None = None) -> None:
    """A delivery was made (``error`` None) or tried and failed."""
    if error is None:
        conn.execute(
            "UPDATE alert_deliveries SET delivered_at = ?, attempts = attempts + 1, last_error = NULL"
            " WHERE alert = ? AND article_id = ? AND target = ?",
            (now(), alert, article_id, target),
        )
    else:
        conn.execute(
            "UPDATE alert_deliveries SET attempts = attempts + 1, last_error = ?"
            " WHERE alert = ? AND article_id = ? AND target = ?",
            (error[:500], alert, article_id, target),
        )


def status(conn: sqlite3.Connection, days: float = 7.0) -> dict[str, Any]:
    """What ``veille status`` shows: each source with its polls, errors, items and items per day (over the last
    ``days``, or since it was added), and the alerts delivered, pending and given up."""
    since = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(time.time() - days * 86400))
    sources = []
    for row in conn.execute("SELECT * FROM watch_sources ORDER BY active DESC, id").fetchall():
        counts = dict(
            conn.execute(
                "SELECT status, count(*) FROM watch_items WHERE source_id = ? GROUP BY status", (row["id"],)
            ).fetchall()
        )
        recent = conn.execute(
            "SELECT count(*) FROM watch_items WHERE source_id = ? AND status = 'new' AND seen_at >= ?",
            (row["id"], since),
        ).fetchone()[0]
        added = calendar.timegm(time.strptime(row["added_at"][:19], "%Y-%m-%dT%H:%M:%S"))
        span = max(min(days, (time.time() - added) / 86400), 1 / 24)  # at least an hour: no rate from one minute
        sources.append(
            {
                "url": row["url"],
                "kind": row["kind"],
                "interval": row["interval"],
                "active": bool(row["active"]),
                "trusted": bool(row["trusted"]),
                "last_poll": row["last_poll"],
                "last_success": row["last_success"],
                "last_error": row["last_error"],
                "last_error_at": row["last_error_at"],
                "next_poll": row["next_poll"],
                "polls": row["polls"],
                "failures": row["failures"],
                "items": sum(counts.values()),
                "stored": counts.get("new", 0),
                "duplicates": counts.get("duplicate", 0),
                "failed": counts.get("failed", 0),
                "items_per_day": round(recent / span, 1),
            }
        )
    alerts = conn.execute(
        "SELECT count(*) FILTER (WHERE delivered_at IS NOT NULL),"
        " count(*) FILTER (WHERE delivered_at IS NULL AND attempts < ?),"
        " count(*) FILTER (WHERE delivered_at IS NULL AND attempts >= ?) FROM alert_deliveries",
        (MAX_DELIVERY_ATTEMPTS, MAX_DELIVERY_ATTEMPTS),
    ).fetchone()
    return {"sources": sources, "alerts": {"delivered": alerts[0], "pending": alerts[1], "given_up": alerts[2]}}


__all__ = [
    "Source",
    "upsert_sources",
    "active_sources",
    "record_poll",
    "unseen",
    "record_item",
    "alerted",
    "pending",
    "delivered",
    "status",
    "MAX_ITEM_ATTEMPTS",
    "MAX_DELIVERY_ATTEMPTS",
]
