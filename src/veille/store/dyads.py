"""The dyad of two actors: their events in either direction, counted by direction, PLOVER type and month,
with the timeline of the latest ones."""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Any

from .keys import check_limit

DYAD_EVENTS_LIMIT = 1000  # events listed in a dyad timeline (counts always cover all of them)


def dyad(conn: sqlite3.Connection, a: str, b: str, limit: int = DYAD_EVENTS_LIMIT) -> dict[str, Any]:
    """Events between actor codes ``a`` and ``b`` in either direction.

    Returns the counts by direction, by PLOVER type and by month (YYYY-MM), the mean score, and
    the timeline of the latest ``limit`` events in date order.
    """
    a, b = a.strip().upper(), b.strip().upper()
    one_way = (
        "SELECT x.event_id AS id, ? AS dir FROM event_actors x JOIN event_actors y"
        " ON y.event_id = x.event_id AND y.side = 'recipient' AND y.code = ?"
        " WHERE x.side = 'actor' AND x.code = ?"
    )
    rows = conn.execute(
        "SELECT e.id, e.article_id, e.idx, e.type, e.mode, e.date, e.score, group_concat(DISTINCT d.dir) AS dirs"
        f" FROM ({one_way} UNION {one_way}) d JOIN events e ON e.id = d.id GROUP BY e.id ORDER BY e.date, e.id",
        ("a->b", b, a, "b->a", a, b),
    ).fetchall()
    directions: Counter[str] = Counter()
    timeline = []
    for r in rows:
        direction = r["dirs"] if "," not in r["dirs"] else "both"
        directions[direction] += 1
        timeline.append(
            {
                "article_id": r["article_id"],
                "idx": r["idx"],
                "date": r["date"],
                "type": r["type"],
                "mode": r["mode"],
                "score": r["score"],
                "direction": direction,
            }
        )
    scores = [r["score"] for r in rows if r["score"] is not None]
    return {
        "a": a,
        "b": b,
        "total": len(rows),
        "by_direction": dict(directions),
        "by_type": dict(Counter(r["type"] for r in rows).most_common()),
        "by_month": dict(
            sorted(Counter((r["date"] or "")[:7] or None for r in rows).items(), key=lambda kv: kv[0] or "")
        ),
        "mean_score": sum(scores) / len(scores) if scores else None,
        "events": timeline[-check_limit(limit) :],
    }
