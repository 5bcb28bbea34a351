"""The indexes a stored article writes (issue 17: ingest time that does not grow with the store): no index kept
twice (migration 9), and the queries that used the one dropped still served by an index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from test_store import older_store, record
from veille.store import Store, migrate
from veille.store.migrations import LATEST_VERSION


def index_keys(conn: sqlite3.Connection) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each index of the store's tables: its table and its key columns (a shorter index whose columns begin a
    longer one finds nothing the longer one does not, the rowid it ends with included)."""
    out = {}
    for name, table in conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'"):
        cols = tuple(str(r[2]) for r in conn.execute(f"PRAGMA index_xinfo({name})") if r[5])
        out[name] = (table, cols)
    return out


def test_store_indexes_none_begins_another(tmp_path: Path):
    with Store(tmp_path / "i.db") as s:
        keys = index_keys(s.conn)
    for name, (table, cols) in keys.items():
        for other, (other_table, other_cols) in keys.items():
            if other != name and table == other_table:
                assert other_cols[: len(cols)] != cols, f"{other} begins with the columns of {name}"
    assert "articles_published_seq" in keys and "articles_published" not in keys and "events_article" not in keys


def test_store_indexes_listings_by_date_walk_the_date_index(tmp_path: Path):
    with Store(tmp_path / "d.db") as s:
        for k, day in enumerate(("2025-03-02", "2025-03-04", "2025-03-03")):
            s.add(record(f"{k}" * 64, f"Titre {k}", f"Corps {k}.", published=day))
        assert [a["published"] for a in s.list_articles()] == ["2025-03-04", "2025-03-03", "2025-03-02"]
        plan = " ".join(
            r[3]
            for r in s.conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM articles WHERE published >= ? ORDER BY published DESC, seq DESC",
                ("2025-03-03",),
            )
        )
        assert "USING INDEX articles_published_seq" in plan and "TEMP B-TREE" not in plan


def test_store_migration_9_drops_the_second_date_index(tmp_path: Path):
    db = tmp_path / "v8.db"
    conn = older_store(db, 8)
    conn.execute(
        "INSERT INTO articles(id, title, published, body, record, ingested_at)"
        " VALUES ('x', 'Titre', '2025-03-02', 'Corps', '{}', '')"
    )
    conn.commit()
    conn.execute("INSERT INTO events(article_id, idx, type, record) VALUES ('x', 0, 'AGREE', '{}')")
    conn.commit()
    assert {"articles_published", "events_article"} <= set(index_keys(conn))
    conn.close()
    assert migrate(db) == (8, LATEST_VERSION)
    with Store(db, readonly=True) as s:
        assert not {"articles_published", "events_article"} & set(index_keys(s.conn))
        assert [a["id"] for a in s.list_articles()] == ["x"]
        assert s.conn.execute("SELECT count(*) FROM events WHERE article_id = 'x'").fetchone()[0] == 1


def test_store_indexes_no_index_on_the_realised_flag(tmp_path: Path):
    with Store(tmp_path / "r.db") as s:
        assert "events_realised" not in index_keys(s.conn)


def test_store_migration_11_drops_the_realised_index_and_the_answers_stay(tmp_path: Path):
    db = tmp_path / "v10.db"
    conn = older_store(db, 10)
    conn.execute(
        "INSERT INTO articles(id, title, published, body, record, ingested_at)"
        " VALUES ('x', 'Titre', '2025-03-02', 'Corps', '{}', '')"
    )
    conn.commit()
    conn.executemany(
        "INSERT INTO events(article_id, idx, type, date, negated, modality, record)"
        " VALUES ('x', ?1, ?2, ?3, ?4, ?5, json_object('type', ?2))",
        [(0, "AGREE", "2025-03-02", 0, None), (1, "AID", "2025-03-03", 1, None), (2, "WARN", "2025-03-01", 0, "may")],
    )
    conn.commit()
    assert "events_realised" in index_keys(conn)
    conn.close()
    assert migrate(db) == (10, LATEST_VERSION)
    with Store(db, readonly=True) as s:
        assert "events_realised" not in index_keys(s.conn)
        assert [e["type"] for e in s.events()] == ["AGREE"]
        assert [e["type"] for e in s.events(include_unrealised=True)] == ["AID", "AGREE", "WARN"]
