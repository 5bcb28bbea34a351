"""Reading entities back: by any of their names or their code, one with its articles, the most cited."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from . import recent
from .keys import check_limit, check_offset, normalise_name

#: an entity ``e``'s roles as the JSON list its row once held (migration 10): its rows of ``entity_roles`` in order
ROLES_SQL = (
    "(SELECT json_group_array(json_object('role', r.role, 'text', r.text, 'date', r.date, 'article_id', r.article_id))"
    " FROM (SELECT * FROM entity_roles WHERE entity_id = e.id ORDER BY seq) r) AS roles"
)
_ENTITY_SQL = (
    f"SELECT e.*, {ROLES_SQL}, {recent.total('article_entities', 'entity_id = e.id')} AS articles FROM entities e"
)


def entity_dict(row: sqlite3.Row) -> dict[str, Any]:
    """An entity row as returned by the store: its fields, names, roles and article count."""
    result = {k: row[k] for k in ("id", "type", "name", "code", "wikidata", "country", "sector")}
    result["names"] = json.loads(row["names"])
    result["roles"] = None if row["roles"] is None else json.loads(row["roles"])
    result["articles"] = row["articles"]
    return result


def find_entities(conn: sqlite3.Connection, name: str, *, counted: bool = True) -> list[dict[str, Any]]:
    """Entities known by this name (any name seen, normalised) or with this code, most cited first. Counting an
    entity's articles reads one index entry per article that cites it, a cost that grows with the store: with
    ``counted`` false (a caller that only needs who answers: linking, alerts) ``articles`` and ``roles`` are None
    (an entity's roles are rows of their own, as many as the days it held them: not read when not asked for) and
    the entities come by name."""
    select = _ENTITY_SQL if counted else "SELECT e.*, NULL AS roles, NULL AS articles FROM entities e"
    rows = conn.execute(
        select + " WHERE e.id IN (SELECT entity_id FROM entity_names WHERE name_norm = ?)"
        f" OR e.code = ? ORDER BY {'articles DESC, ' if counted else ''}e.name, e.id",
        (normalise_name(name), name.strip().upper()),
    ).fetchall()
    return [entity_dict(r) for r in rows]


def known_ids(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
    """Which of ``ids`` are stored entities: one query per :data:`ID_CHUNK` ids, whatever the size of the store."""
    found: set[str] = set()
    unique = sorted(set(ids))
    for start in range(0, len(unique), ID_CHUNK):
        chunk = unique[start : start + ID_CHUNK]
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in conn.execute(f"SELECT id FROM entities WHERE id IN ({marks})", chunk))
    return found


#: ids per ``IN (...)`` query: under SQLite's default limit of 999 bound parameters of older versions
ID_CHUNK = 500


def entity(conn: sqlite3.Connection, entity_id: str, with_articles: bool = True) -> dict[str, Any] | None:
    """One entity with its names, roles (with dates), mention count and article ids (newest first; all of them,
    unless ``with_articles`` is false)."""
    row = conn.execute(_ENTITY_SQL + " WHERE e.id = ?", (entity_id,)).fetchone()
    if row is None:
        return None
    result = entity_dict(row)
    result["article_ids"] = (
        []
        if not with_articles
        else [
            r[0]
            for r in conn.execute(  # each arm of the view sorted in its turn (:mod:`.recent`)
                recent.per_arm(
                    "SELECT a.id, a.published, a.seq FROM article_entities ae JOIN articles a ON a.id = ae.article_id"
                    " WHERE ae.entity_id = ?1"
                )
                + " ORDER BY 2 DESC, 3 DESC",
                (entity_id,),
            )
        ]
    )
    result["mentions"] = conn.execute(  # summed in each arm: through the view, each row is copied out first
        "SELECT " + recent.total("article_entities", "entity_id = ?1", "coalesce(sum(mentions), 0)"), (entity_id,)
    ).fetchone()[0]
    return result


def list_entities(
    conn: sqlite3.Connection, type: str | None = None, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Entities (optionally of one type: PERSON, ORG, GPE, LOC), most cited first, with article counts."""
    rows = conn.execute(
        f"SELECT e.*, {ROLES_SQL}, {recent.total('article_entities', 'entity_id = e.id')} AS articles"
        " FROM entities e WHERE ?1 IS NULL OR e.type = ?1 ORDER BY articles DESC, e.name LIMIT ?2 OFFSET ?3",
        (type.upper() if type else None, check_limit(limit), check_offset(offset)),
    ).fetchall()
    return [entity_dict(r) for r in rows]


def count_entities(conn: sqlite3.Connection, type: str | None = None) -> int:
    """How many entities (of one type)."""
    sql = "SELECT count(*) FROM entities WHERE ?1 IS NULL OR type = ?1"
    return int(conn.execute(sql, (type.upper() if type else None,)).fetchone()[0])
