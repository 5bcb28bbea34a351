"""``Store.batched`` (what ``veille ingest`` and ``veille load`` store through): one transaction for several records,
each record still whole or not at all, and the same store content as one transaction per record."""

from __future__ import annotations

import copy
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from test_store import visit_record
from veille.errors import InvalidRecord, StoreError
from veille.store import Store
from veille.store.linking import store_record

#: the columns that say when a row was written, not what it holds
CLOCK = {"ingested_at"}


def records(n: int) -> list[dict[str, Any]]:
    """``n`` copies of the visit record under ids and titles of their own."""
    out = []
    for k in range(n):
        rec = copy.deepcopy(visit_record())
        rec["id"] = f"{k:02}" + "b" * 62
        rec["title"] = f"Visite numéro {k}"
        rec["body"] = rec["body"] + f"\n\nParagraphe {k} sur la visite."
        out.append(rec)
    return out


def committed(db: Path) -> int:
    """The articles another connection sees (committed)."""
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows (the clock columns left out), sorted."""
    conn = sqlite3.connect(db)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        ]
        out = {}
        for table in tables:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in CLOCK]
            if table == "schema_migrations":
                cols = ["version", "name"]
            out[table] = sorted(conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(), key=repr)
        return out
    finally:
        conn.close()


@pytest.mark.parametrize(
    "every, seen_after", [(1, [1, 2, 3, 4, 5]), (2, [0, 2, 2, 4, 4]), (5, [0, 0, 0, 0, 5]), (10, [0, 0, 0, 0, 0])]
)
def test_store_batched_commits_every_n_records(tmp_path: Path, every: int, seen_after: list[int]):
    db = tmp_path / "b.db"
    with Store(db) as s:
        with s.batched(records=every, seconds=3600):
            seen = []
            for rec in records(5):
                store_record(rec, s)
                seen.append(committed(db))
        assert seen == seen_after
        assert committed(db) == 5  # the last batch committed on leaving


def test_store_batched_commits_when_the_batch_is_old_enough(tmp_path: Path):
    db = tmp_path / "t.db"
    with Store(db) as s, s.batched(records=1000, seconds=0):
        for k, rec in enumerate(records(3), 1):
            store_record(rec, s)
            assert committed(db) == k


def test_store_batched_a_bad_record_leaves_the_others_of_its_batch(tmp_path: Path):
    db = tmp_path / "bad.db"
    good = records(3)
    bad = {**copy.deepcopy(good[0]), "id": "c" * 64, "quotes": [{"text": "x", "speakers": [["not", "a", "ref"]]}]}
    with Store(db) as s:
        with s.batched(records=10, seconds=3600):
            store_record(good[0], s)
            with pytest.raises(InvalidRecord):
                store_record(bad, s)
            store_record(good[1], s)  # the run goes on, in the same transaction
            assert s.conn.in_transaction
            store_record(good[2], s)
        ids = {r[0] for r in s.conn.execute("SELECT id FROM articles")}
    assert ids == {r["id"] for r in good}
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM quotes WHERE article_id = ?", (bad["id"],)).fetchone()[0] == 0


def test_store_batched_an_exception_commits_the_records_stored_and_propagates(tmp_path: Path):
    db = tmp_path / "x.db"
    with Store(db) as s:
        with pytest.raises(KeyboardInterrupt), s.batched(records=10, seconds=3600):
            for rec in records(2):
                store_record(rec, s)
            raise KeyboardInterrupt
        assert not s.conn.in_transaction
    assert committed(db) == 2


def test_store_batched_says_when_sqlite_rolled_back_the_batch(tmp_path: Path):
    with Store(tmp_path / "r.db") as s, s.batched(records=10, seconds=3600):
        first, second = records(2)
        store_record(first, s)
        s.conn.execute("ROLLBACK")  # what SQLite does on its own after a disk full or an I/O error
        with pytest.raises(StoreError, match="rolled back the transaction of the last 1 record"):
            store_record(second, s)
        assert store_record(second, s).status == "new"  # said once; the batch goes on


def test_store_batched_one_at_a_time(tmp_path: Path):
    with Store(tmp_path / "n.db") as s, s.batched():
        with pytest.raises(StoreError, match="already in a batch"), s.batched():
            pass
    with Store(tmp_path / "n2.db") as s, pytest.raises(StoreError, match="records >= 1"), s.batched(records=0):
        pass


def test_store_batched_stores_what_one_transaction_each_stores(tmp_path: Path):
    """Linking reads the batch's uncommitted rows (the same connection): every table holds the same rows."""
    batch = records(6) + [visit_record()]
    with Store(tmp_path / "each.db") as s:
        results_each = [store_record(copy.deepcopy(r), s) for r in batch + batch[:2]]
    with Store(tmp_path / "batch.db") as s, s.batched(records=4, seconds=3600):
        results_batch = [store_record(copy.deepcopy(r), s) for r in batch + batch[:2]]
    assert results_batch == results_each
    assert [r.status for r in results_batch][-2:] == ["duplicate", "duplicate"]
    assert dump(tmp_path / "batch.db") == dump(tmp_path / "each.db")


def test_store_batched_leaving_says_when_sqlite_rolled_back_the_batch(tmp_path: Path):
    with Store(tmp_path / "l.db") as s:
        with pytest.raises(StoreError, match="last 2 record"), s.batched(records=10, seconds=3600):
            for rec in records(2):
                store_record(rec, s)
            s.conn.execute("ROLLBACK")
        assert s.count() == 0
