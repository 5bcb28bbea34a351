"""The recent rows of the entity-keyed association tables (issue 17: ingest time that does not grow with the store).

In a large store an article's row of ``article_entities``, ``event_actors`` or ``quote_speakers`` goes to the end of
its entity's range, in the middle of a large B-tree, into a packed leaf that splits: nearly every row wrote a page
of its own (bench/ingest_growth.py --statements: article_entities 19.8 WAL frames an article in a store of 10,000
against 2.2 in an empty one). So each of these tables is two (migration 12): ``<table>_main``, large, and
``<table>_recent``, of the same shape, small, where a new article's rows go; the view ``<table>`` (UNION ALL of the
two, into whose arms SQLite pushes the reads' WHERE terms) is what every read names, unchanged. When the recent
tables hold the rows of :data:`MERGE_ARTICLES` articles, :func:`merge` moves them into the main ones in key order
(each entity's leaf then written once for all of them), in the transaction of the record that made them due: all
or nothing, as the record itself.
"""

from __future__ import annotations

import re
import sqlite3

#: Articles whose rows the recent tables hold before they are merged into the main ones. An article's ~14 rows of
#: ``article_entities`` merged with those of N-1 others in one sorted commit write fewer pages the larger N
#: (ingest3, stop 37: 19.6, 9.3 and 1.6 WAL frames an article for N = 20, 100, 1,000); the reads' second lookup
#: (in the recent arm) stays in a small tree.
MERGE_ARTICLES = 1000

#: Each table kept in two: its columns (in the order of the original table) and the order its rows are merged in
#: (the primary key of the clustered table; the insertion order of the rowid tables, so that a quote's speakers and
#: an event's actors keep their order).
TABLES: dict[str, tuple[str, str]] = {
    "article_entities": ("entity_id, article_id, mentions", "entity_id, article_id"),
    "quote_speakers": ("quote_id, entity_id, name, name_norm", "rowid"),
    "event_actors": ("event_id, side, code, entity_id, name, sector", "rowid"),
}


def _views() -> str:
    """The views named as the tables were, and an INSERT through each (to the recent table)."""
    out = []
    for table, (columns, _) in TABLES.items():
        new = ", ".join(f"new.{c.strip()}" for c in columns.split(","))
        out.append(
            f"CREATE VIEW {table} AS SELECT {columns} FROM {table}_main"
            f" UNION ALL SELECT {columns} FROM {table}_recent;\n"
            f"CREATE TRIGGER {table}_insert INSTEAD OF INSERT ON {table} BEGIN\n"
            f"    INSERT INTO {table}_recent({columns}) VALUES ({new});\nEND;\n"
        )
    return "".join(out)


#: Migration 12: the tables renamed ``<table>_main`` (their indexes go with them), the recent tables of the same
#: shape (columns, constraints, indexes), and the views.
MIGRATION_SQL = """
        ALTER TABLE article_entities RENAME TO article_entities_main;
        ALTER TABLE quote_speakers RENAME TO quote_speakers_main;
        ALTER TABLE event_actors RENAME TO event_actors_main;
        CREATE TABLE article_entities_recent (
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            mentions INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (entity_id, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX article_entities_recent_article ON article_entities_recent(article_id);
        CREATE TABLE quote_speakers_recent (
            quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
            entity_id TEXT REFERENCES entities(id) ON DELETE SET NULL,
            name TEXT,
            name_norm TEXT
        );
        CREATE INDEX quote_speakers_recent_quote ON quote_speakers_recent(quote_id);
        CREATE INDEX quote_speakers_recent_entity ON quote_speakers_recent(entity_id);
        CREATE INDEX quote_speakers_recent_name ON quote_speakers_recent(name_norm);
        CREATE TABLE event_actors_recent (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            side TEXT NOT NULL CHECK (side IN ('actor', 'recipient')),
            code TEXT,
            entity_id TEXT REFERENCES entities(id) ON DELETE SET NULL,
            name TEXT,
            sector TEXT
        );
        CREATE INDEX event_actors_recent_code ON event_actors_recent(side, code, event_id);
        CREATE INDEX event_actors_recent_event ON event_actors_recent(event_id, side, code);
        CREATE INDEX event_actors_recent_entity ON event_actors_recent(entity_id);
""" + _views()


def pending(conn: sqlite3.Connection) -> int:
    """The articles whose entity rows the recent tables hold (an article citing no entity is not counted)."""
    row = conn.execute("SELECT count(*) FROM (SELECT DISTINCT article_id FROM article_entities_recent)").fetchone()
    return int(row[0])


class Held:
    """The articles whose rows the recent tables hold, as one store's connection knows them: counted once
    (:func:`pending`), then kept up to date by the store as it writes (``articles``), and counted again when another
    connection (another process writing the same store) has committed since, as SQLite's ``PRAGMA data_version``
    tells (a connection's own commits leave it unchanged)."""

    def __init__(self) -> None:
        self.articles: int | None = None
        self._version: int | None = None

    def count(self, conn: sqlite3.Connection) -> int:
        version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        if self.articles is None or version != self._version:
            self.articles, self._version = pending(conn), version
        return self.articles


def after_write(conn: sqlite3.Connection, held: int, new: bool) -> int:
    """The articles the recent tables hold after a record was written (``new``: its rows joined the ``held``
    articles'), merged into the main tables when they reach :data:`MERGE_ARTICLES` (in the record's transaction:
    the record and the merge, or neither)."""
    if not new:
        return held
    if held + 1 >= MERGE_ARTICLES:
        merge(conn)
        return 0
    return held + 1


def merge(conn: sqlite3.Connection) -> None:
    """Move the rows of the recent tables into the main ones, in key order (inside the caller's transaction)."""
    for table, (columns, order) in TABLES.items():
        conn.execute(
            f"INSERT INTO {table}_main({columns}) SELECT {columns} FROM {table}_recent ORDER BY {order}"  # noqa: S608
        )
        conn.execute(f"DELETE FROM {table}_recent")  # noqa: S608


_VIEW = re.compile(r"\b(" + "|".join(TABLES) + r")\b")


def per_arm(sql: str) -> str:
    """``sql``, which names the views, once over the main tables and once over the recent ones (UNION ALL): for
    the reads that join a view to itself or to another table by a column of the row (an event's actors, the
    entities of an article), whose terms SQLite does not push into the view's arms (it reads the whole view). The
    rows of one article are in one of the two, whole: an article's rows are written together and merged together."""
    return " UNION ALL ".join(_VIEW.sub(rf"\1_{arm}", sql) for arm in ("main", "recent"))


def total(table: str, where: str, value: str = "count(*)") -> str:
    """A scalar subquery: ``value`` (an aggregate that adds up across the arms: the rows' count, a sum that is 0
    when none) of the rows of the view ``table`` that ``where`` keeps, taken in each arm and added (SQLite reads the
    whole view for an aggregate correlated with an outer row or over a view)."""
    return "(" + " + ".join(f"(SELECT {value} FROM {table}_{arm} WHERE {where})" for arm in ("main", "recent")) + ")"
