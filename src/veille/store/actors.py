"""What an actor page shows beside the entity itself: its events as actor and as recipient by month, the
entities cited with it, its articles with their titles, and how its mentions were merged into it."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import Any

from . import recent
from .keys import check_limit, check_offset

#: entities listed as cited with an actor
COOCCURRING = 20
#: at most this many articles are read to explain an entity's merges
EXPLAIN_MAX_ARTICLES = 50
# An entity cited in many articles has its newest ones found by walking the articles newest first, a rarer one by
# sorting its articles. Sorting costs about ``cited`` article lookups, walking about ``articles / cited * rows``
# (the rows of the page), each dearer: the walk is chosen when cited**2 > WALK_RATIO * articles * rows. Measured
# side by side on bench/web.py's store (20,000 articles, 50 rows, best of 5): sort / walk 1.2 / 17.9 ms for an
# entity of 502 articles, 2.6 / 17.7 ms for 1,148, 4.5 / 12.5 for 2,502, 11.3 / 12.5 for 3,042, 11.1 / 9.6 for
# 4,119, 15.4 / 10.1 for 6,708: they cross at ~3,500 articles, 3500**2 / (20000 * 50) ~ 12. (A fixed threshold
# at 500 articles walked for entities of 500-3,500 articles, up to 15x slower.)
WALK_RATIO = 12


def events_by_month(conn: sqlite3.Connection, entity_id: str, include_unrealised: bool = False) -> list[dict[str, Any]]:
    """Per month (YYYY-MM; undated events last), how many events have the entity as actor and as recipient."""
    rows = conn.execute(  # counted in each arm of the actors' view (an event's actors are all in one), added up below
        recent.per_arm(
            "SELECT substr(e.date, 1, 7) AS month, x.side AS side, count(DISTINCT e.id) AS n FROM event_actors x"
            " JOIN events e ON e.id = x.event_id WHERE x.entity_id = ?1"
            f"{'' if include_unrealised else ' AND e.realised'} GROUP BY 1, 2"
        ),
        (entity_id,),
    ).fetchall()
    months: dict[str | None, dict[str, int]] = defaultdict(lambda: {"actor": 0, "recipient": 0})
    for r in rows:
        months[r["month"] or None][r["side"]] += r["n"]
    return [
        {"month": m, "as_actor": c["actor"], "as_recipient": c["recipient"]}
        for m, c in sorted(months.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))
    ]


def cooccurring(conn: sqlite3.Connection, entity_id: str, limit: int = COOCCURRING) -> list[dict[str, Any]]:
    """The entities cited in the most articles with this one, with how many (counted by id first, then the
    entities of the counts looked up: not one lookup per shared article)."""
    rows = conn.execute(
        "SELECT e.id, e.name, e.type, e.code, c.n AS articles FROM (SELECT id, sum(n) AS n FROM ("
        + recent.per_arm(  # counted in each arm (an article's rows are all in one), then added up
            "SELECT other.entity_id AS id, count(*) AS n FROM article_entities me JOIN article_entities other"
            " ON other.article_id = me.article_id AND other.entity_id <> me.entity_id WHERE me.entity_id = ?1"
            " GROUP BY 1"
        )
        + ") GROUP BY 1) c JOIN entities e ON e.id = c.id ORDER BY c.n DESC, e.name LIMIT ?2",
        (entity_id, check_limit(limit)),
    ).fetchall()
    return [dict(r) for r in rows]


def articles_of(conn: sqlite3.Connection, entity_id: str, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """The articles citing the entity, newest first: id, title, published, language."""
    cited = conn.execute(  # counted in each arm (:mod:`.recent`): through the view each row is copied out first
        "SELECT " + recent.total("article_entities", "entity_id = ?1"), (entity_id,)
    ).fetchone()[0]
    articles = conn.execute("SELECT max(seq) FROM articles").fetchone()[0] or 0  # about how many (O(log n))
    # an entity cited often: walk the articles newest first and stop at the page; a rarer one: sort its articles
    walk = cited * cited > WALK_RATIO * articles * (limit + offset)
    columns = "SELECT a.id, a.title, a.published, a.language, a.seq"
    # the walk tests each article in a subquery; the sort reads each arm of the view (:mod:`.recent`) in its turn: a
    # join to the view would copy the entity's rows out of it first
    sql = (
        f"{columns} FROM articles a INDEXED BY articles_published_seq WHERE EXISTS (SELECT 1 FROM article_entities ae"
        " WHERE ae.entity_id = ?1 AND ae.article_id = a.id)"
        if walk
        else recent.per_arm(  # each arm's page and those before it, then the page of the two
            f"SELECT * FROM ({columns} FROM article_entities ae JOIN articles a ON a.id = ae.article_id"
            " WHERE ae.entity_id = ?1 ORDER BY a.published DESC, a.seq DESC LIMIT ?2 + ?3)"
        )
    )
    rows = conn.execute(
        f"{sql} ORDER BY 3 DESC, 5 DESC LIMIT ?2 OFFSET ?3",
        (entity_id, check_limit(limit), check_offset(offset)),
    ).fetchall()
    return [{k: r[k] for k in ("id", "title", "published", "language")} for r in rows]


def merges(conn: sqlite3.Connection, entity_id: str, article_ids: list[str]) -> list[dict[str, Any]]:
    """How each article's mention came to be this entity (the ``link`` kept in the stored records of the first
    :data:`EXPLAIN_MAX_ARTICLES` articles), in the order of ``article_ids``. SQLite picks the entity out of each
    record (bench/web.py: 15 ms -> 1 ms for 50 articles of a much-cited entity, against parsing every record)."""
    ids = article_ids[:EXPLAIN_MAX_ARTICLES]
    if not ids:
        return []
    rows = conn.execute(
        "SELECT a.id, json_extract(m.value, '$.link') FROM articles a, json_each(a.record, '$.entities') m"
        f" WHERE a.id IN ({', '.join('?' * len(ids))}) AND json_extract(m.value, '$.id') = ?"
        " AND json_extract(m.value, '$.link') IS NOT NULL ORDER BY a.id, m.key",
        (*ids, entity_id),
    ).fetchall()
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for article_id, link in rows:
        found[article_id].append({"article_id": article_id, **json.loads(link)})
    return [m for article_id in ids for m in found.get(article_id, [])]
