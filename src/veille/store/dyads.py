"""The dyad of two actors: their events in either direction, counted by direction, PLOVER type, quad class and
month (with the mean score of each month), with the timeline of the latest ones. Realised events only unless
asked."""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from typing import Any

from . import recent
from .filters import check_code, status_of
from .keys import check_limit

DYAD_EVENTS_LIMIT = 1000  # events listed in a dyad timeline (counts always cover all of them)


def mean(values: list[float]) -> float | None:
    """The mean of ``values``, None when there are none."""
    return sum(values) / len(values) if values else None


def by_month(rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
    """Per month (YYYY-MM, undated events under None, last): the count, the mean score and the counts by quad."""
    months: dict[str | None, list[sqlite3.Row]] = defaultdict(list)
    for r in rows:
        months[(r["date"] or "")[:7] or None].append(r)
    return [
        {
            "month": month,
            "count": len(group),
            "mean_score": mean([r["score"] for r in group if r["score"] is not None]),
            "by_quad": dict(Counter(r["quad"] or "unknown" for r in group).most_common()),
        }
        for month, group in sorted(months.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))
    ]


def dyad(
    conn: sqlite3.Connection, a: str, b: str, limit: int = DYAD_EVENTS_LIMIT, include_unrealised: bool = False
) -> dict[str, Any]:
    """Events between actor codes ``a`` and ``b`` in either direction.

    Returns the counts by direction, by PLOVER type, by quad class and by month (YYYY-MM), the mean score,
    the monthly series (count, mean score and counts by quad class), and the timeline of the latest
    ``limit`` events in date order. Events that did not happen (negated, future, hypothetical...) are left
    out unless ``include_unrealised``; ``unrealised`` counts them.
    """
    a, b = check_code(a, "a"), check_code(b, "b")
    one_way = recent.per_arm(  # an event's actors are all in one arm of the view
        "SELECT x.event_id AS id, ? AS dir FROM event_actors x JOIN event_actors y"
        " ON y.event_id = x.event_id AND y.side = 'recipient' AND y.code = ?"
        " WHERE x.side = 'actor' AND x.code = ?"
    )
    every = conn.execute(
        "SELECT e.id, e.article_id, e.idx, e.type, e.mode, e.date, e.score, e.quad, e.negated, e.modality,"
        " e.realised, a.title, group_concat(DISTINCT d.dir) AS dirs"
        f" FROM ({one_way} UNION {one_way}) d JOIN events e ON e.id = d.id JOIN articles a ON a.id = e.article_id"
        " GROUP BY e.id ORDER BY e.date, e.id",
        ("a->b", b, a, "a->b", b, a, "b->a", a, b, "b->a", a, b),
    ).fetchall()
    rows = every if include_unrealised else [r for r in every if r["realised"]]
    directions: Counter[str] = Counter()
    timeline = []
    for r in rows:
        direction = r["dirs"] if "," not in r["dirs"] else "both"
        directions[direction] += 1
        timeline.append(
            {
                "article_id": r["article_id"],
                "title": r["title"],
                "idx": r["idx"],
                "date": r["date"],
                "type": r["type"],
                "mode": r["mode"],
                "quad": r["quad"],
                "score": r["score"],
                "direction": direction,
                "status": status_of(r["negated"], r["modality"]),
            }
        )
    months = by_month(rows)
    return {
        "a": a,
        "b": b,
        "total": len(rows),
        "unrealised": sum(1 for r in every if not r["realised"]),
        "include_unrealised": include_unrealised,
        "by_direction": dict(directions),
        "by_type": dict(Counter(r["type"] for r in rows).most_common()),
        "by_quad": dict(Counter(r["quad"] or "unknown" for r in rows).most_common()),
        "by_month": {m["month"]: m["count"] for m in months},
        "months": months,
        "mean_score": mean([r["score"] for r in rows if r["score"] is not None]),
        "events": timeline[-check_limit(limit) :],
    }
