"""Aggregates of events for charts: the network of actors (nodes are actor codes, edges are events from actor to
recipient, weighted and coloured by quad class) and the places where events happened (for the map)."""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from typing import Any

from . import recent
from .filters import EventFilter

#: most edges a network returns (the heaviest): past a few hundred a force layout is unreadable
NETWORK_EDGES = 300
#: most places the map returns (the most eventful)
MAP_PLACES = 2000


def network(conn: sqlite3.Connection, filt: EventFilter, max_edges: int = NETWORK_EDGES) -> dict[str, Any]:
    """Actors as nodes and events as directed edges (actor -> recipient): each edge's event count, mean score,
    counts by quad class and dominant quad class; each node's events as actor and as recipient."""
    where, params = filt.where()
    rows = conn.execute(  # once per arm of the actors' view (an event's actors are all in one), then added up
        "SELECT source, target, quad, sum(n) AS n, sum(score_sum) AS score_sum, sum(scored) AS scored FROM ("
        + recent.per_arm(
            "SELECT x.code AS source, y.code AS target, e.quad AS quad, count(DISTINCT e.id) AS n,"
            " sum(e.score) AS score_sum, count(e.score) AS scored FROM events e"
            " JOIN event_actors x ON x.event_id = e.id AND x.side = 'actor'"
            " JOIN event_actors y ON y.event_id = e.id AND y.side = 'recipient'"
            f" WHERE {where} AND x.code IS NOT NULL AND y.code IS NOT NULL AND x.code <> y.code"
            " GROUP BY 1, 2, 3"
        )
        + ") GROUP BY 1, 2, 3",
        [*params, *params],
    ).fetchall()
    quads: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    scores: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    for r in rows:
        key = (r["source"], r["target"])
        quads[key][r["quad"] or "unknown"] += r["n"]
        scores[key][0] += r["score_sum"] or 0.0
        scores[key][1] += r["scored"]
    edges: list[dict[str, Any]] = [
        {
            "source": src,
            "target": dst,
            "count": sum(by_quad.values()),
            "mean_score": scores[(src, dst)][0] / scores[(src, dst)][1] if scores[(src, dst)][1] else None,
            "quad": by_quad.most_common(1)[0][0],
            "by_quad": dict(by_quad.most_common()),
        }
        for (src, dst), by_quad in quads.items()
    ]
    edges.sort(key=lambda e: (-e["count"], e["source"], e["target"]))
    edges = edges[:max_edges]
    as_actor: Counter[str] = Counter()
    as_recipient: Counter[str] = Counter()
    for e in edges:
        as_actor[str(e["source"])] += int(e["count"])
        as_recipient[str(e["target"])] += int(e["count"])
    nodes = [
        {"id": code, "as_actor": as_actor[code], "as_recipient": as_recipient[code]}
        for code in sorted(set(as_actor) | set(as_recipient))
    ]
    return {"nodes": nodes, "edges": edges, "truncated": len(quads) > max_edges}


def places(conn: sqlite3.Connection, filt: EventFilter, limit: int = MAP_PLACES) -> list[dict[str, Any]]:
    """The places of events (location entity id, name and state code) with their event counts, most eventful
    first; events placed only by a state code count under the state."""
    where, params = filt.where()
    rows = conn.execute(
        "SELECT e.location_code AS code, e.location_id AS id, max(json_extract(e.record, '$.location.name')) AS name,"
        f" count(*) AS n FROM events e WHERE {where} AND (e.location_code IS NOT NULL OR e.location_id IS NOT NULL)"
        " GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?",
        (*params, limit),
    ).fetchall()
    return [{"id": r["id"], "name": r["name"], "code": r["code"], "count": r["n"]} for r in rows]
