"""Reading articles back: one record by id, every record in order, listings, full-text search (FTS5, bm25),
and the counts of what the store holds."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from ..errors import StoreError
from .keys import check_date, check_limit, check_offset, fts_query

MIN_ID_PREFIX = 6  # shortest article-id prefix that get() resolves
SNIPPET_TOKENS = 16  # tokens of context in a search snippet
SNIPPET_MARKS = ("[", "]")  # around matched terms in snippets
# bm25 column weights (title, body): a match in the title counts 5 times a body match.
# Not tuned on data: the usual title boost of search engines.
BM25_WEIGHTS = (5.0, 1.0)
# Most matching articles that search() ranks by bm25 (the most recently stored ones). Ranking costs
# ~3-7 us per matching article (bench/store.py, 20k articles, shared 2-core machine): 5000 keeps a
# query on a term found in every article near 20 ms, well under the 50 ms p95 target.
RANK_WINDOW = 5000


def record_of(row: sqlite3.Row) -> dict[str, Any]:
    """The stored record of an article row, its body put back (the body is stored once, in its column)."""
    record = json.loads(row["record"])
    if record.get("body") is None and row["body"]:
        record["body"] = row["body"]
    return record


def get(conn: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """The stored record of an article, by full id or by a unique id prefix of at least 6 characters."""
    key = article_id.strip()
    row = conn.execute("SELECT record, body FROM articles WHERE id = ?", (key,)).fetchone()
    if row is None and len(key) >= MIN_ID_PREFIX:
        rows = conn.execute(
            "SELECT id, record, body FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 3",
            (key, key + "\U0010ffff"),
        ).fetchall()
        if len(rows) > 1:
            shown = ", ".join(r["id"][:12] for r in rows)
            raise StoreError(f"ambiguous article id prefix {key!r}: it matches several articles ({shown}...)")
        row = rows[0] if rows else None
    return None if row is None else record_of(row)


def iter_records(conn: sqlite3.Connection, since: str | None = None) -> Iterator[dict[str, Any]]:
    """Every stored record, in the order stored; ``since`` keeps articles published on or after that date."""
    sql = "SELECT record, body FROM articles"
    params: tuple[str, ...] = ()
    if since:
        sql += " WHERE published >= ?"
        params = (check_date(since, "since"),)
    for row in conn.execute(sql + " ORDER BY seq", params):
        yield record_of(row)


def count(conn: sqlite3.Connection) -> int:
    """Number of stored articles."""
    return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def list_articles(
    conn: sqlite3.Connection, limit: int = 20, offset: int = 0, language: str | None = None
) -> list[dict[str, Any]]:
    """Articles, newest published first (undated last): id, title, published, language, source."""
    rows = conn.execute(
        "SELECT id, title, published, language, source FROM articles WHERE ?1 IS NULL OR language = ?1"
        " ORDER BY published DESC, seq DESC LIMIT ?2 OFFSET ?3",
        (language or None, check_limit(limit), check_offset(offset)),
    ).fetchall()
    return [dict(r) for r in rows]


def count_matches(conn: sqlite3.Connection, query: str) -> int:
    """How many articles the full-text ``query`` matches (all of them: :func:`search` ranks at most
    ``RANK_WINDOW`` of them)."""
    expr = fts_query(query)
    if expr is None:
        return 0
    return int(conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (expr,)).fetchone()[0])


def search(conn: sqlite3.Connection, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Full-text search over titles and bodies, best first (bm25), with a snippet of the body.

    Any text is accepted: terms are quoted, so FTS5 operators in it are searched as words.
    When more than ``RANK_WINDOW`` articles match, only the most recently stored ones of them
    are ranked (a term that common carries little relevance signal anyway).
    Each hit: id, title, published, language, source, snippet, score (lower is better).
    """
    expr = fts_query(query)
    if expr is None:
        return []
    limit, offset = check_limit(limit), check_offset(offset)
    try:
        floor = conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            (expr, max(RANK_WINDOW, limit + offset) - 1),
        ).fetchone()
        top = conn.execute(
            "SELECT rowid, bm25(articles_fts, ?, ?) AS score FROM articles_fts"
            " WHERE articles_fts MATCH ? AND rowid >= ? ORDER BY score LIMIT ? OFFSET ?",
            (*BM25_WEIGHTS, expr, floor[0] if floor else 0, limit, offset),
        ).fetchall()
        if not top:
            return []
        marks = ",".join("?" * len(top))
        rows = conn.execute(
            "SELECT articles_fts.rowid AS seq, a.id, a.title, a.published, a.language, a.source,"
            " snippet(articles_fts, 1, ?, ?, '…', ?) AS snippet"
            " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid"
            f" WHERE articles_fts MATCH ? AND articles_fts.rowid IN ({marks})",
            (*SNIPPET_MARKS, SNIPPET_TOKENS, expr, *[r[0] for r in top]),
        ).fetchall()
    except sqlite3.OperationalError as exc:  # should not happen: the expression is fully quoted
        raise StoreError(f"search failed for {query!r}: {exc}") from exc
    by_seq = {r["seq"]: r for r in rows}
    hits = []
    for seq, score in top:
        hit = {k: by_seq[seq][k] for k in ("id", "title", "published", "language", "source", "snippet")}
        hits.append({**hit, "score": score})
    return hits


def summary(conn: sqlite3.Connection, include_unrealised: bool = False) -> dict[str, Any]:
    """Counts: articles (total and per language), entities by type, quotes, events by type (realised ones
    unless ``include_unrealised``; ``unrealised_events`` says how many were left out), date range."""
    first, last = conn.execute("SELECT min(published), max(published) FROM articles").fetchone()

    def grouped(sql: str) -> dict[str, int]:  # a missing type or language counts as "unknown"
        return {("unknown" if k is None else k): n for k, n in conn.execute(sql).fetchall()}

    return {
        "articles": count(conn),
        "languages": grouped("SELECT language, count(*) FROM articles GROUP BY language ORDER BY 2 DESC"),
        "entities": grouped("SELECT type, count(*) FROM entities GROUP BY type ORDER BY 2 DESC"),
        "quotes": conn.execute("SELECT count(*) FROM quotes").fetchone()[0],
        "events": grouped(
            f"SELECT type, count(*) FROM events{'' if include_unrealised else ' WHERE realised'}"
            " GROUP BY type ORDER BY 2 DESC"
        ),
        "unrealised_events": 0
        if include_unrealised
        else conn.execute("SELECT count(*) FROM events WHERE NOT realised").fetchone()[0],
        "published": {"first": first, "last": last},
        "stories": conn.execute("SELECT count(*) FROM stories").fetchone()[0],
    }
