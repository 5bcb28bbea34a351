"""The recent rows of the entity-keyed tables (migration 12, :mod:`veille.store.recent`): a new article's rows go to
small recent tables, merged into the main ones in key order when they hold the rows of MERGE_ARTICLES articles;
the reads see both through views named as the tables were. Invented people, places and outlets."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from test_store import BERG, LUNDQVIST, NORDLAND, OTAN, actor, event, older_store, record, visit_record
from veille.store import EventFilter, Store, migrate, recent
from veille.store.migrations import LATEST_VERSION

VIEWS = {table: columns for table, (columns, _) in recent.TABLES.items()}


def articles(n: int) -> list[dict[str, Any]]:
    """``n`` articles citing the same invented people in turn, each with a quote and an event."""
    people = [BERG, LUNDQVIST, NORDLAND, OTAN]
    out = []
    for k in range(n):
        rec = visit_record()
        rec["id"] = f"{k:064x}"
        rec["published"] = f"2025-03-{k % 28 + 1:02d}"
        rec["entities"] = [copy.deepcopy(people[(k + i) % 4]) for i in range(1 + k % 4)]
        rec["quotes"][0]["speakers"] = [{"id": people[k % 2]["id"], "name": people[k % 2]["name"]}]
        first, second = people[k % 4], people[(k + 1) % 4]
        rec["events"] = [event("CONSULT", [actor(first, "SKL")], [actor(second, "NRD")], rec["published"])]
        out.append(rec)
    return out


#: each view's rows, a quote or an event named by its article and place in it (not by its row id)
KEYED = {
    "article_entities": "SELECT * FROM article_entities",
    "quote_speakers": "SELECT q.article_id, q.idx, s.entity_id, s.name, s.name_norm"
    " FROM quote_speakers s JOIN quotes q ON q.id = s.quote_id",
    "event_actors": "SELECT e.article_id, e.idx, x.side, x.code, x.entity_id, x.name, x.sector"
    " FROM event_actors x JOIN events e ON e.id = x.event_id",
}


def rows(store: Store) -> dict[str, list[tuple]]:
    """Every row of each view, in one order."""
    return {table: sorted(map(tuple, store.conn.execute(sql)), key=repr) for table, sql in KEYED.items()}


def reads(store: Store) -> dict[str, Any]:
    """What the store's reads give of the entities, quotes and events."""
    out: dict[str, Any] = {"rows": rows(store)}
    for eid in ("p-berg", "p-lund", "g-nrd", "o-nato"):
        out[eid] = (
            store.entity(eid),
            store.actor(eid),
            store.articles_of(eid),
            store.quotes(speaker=eid),
            store.quotes(about=eid),
        )
    out["entities"] = store.list_entities()
    filt = EventFilter(actor="SKL", include_unrealised=True)
    out["events"] = (store.find_events(filt), store.count_events(filt), store.event_facets(filt))
    out["graph"] = (store.network(EventFilter()), store.dyad("SKL", "NRD"), store.events(actor="SKL"))
    return out


def in_recent(store: Store) -> int:
    return sum(store.conn.execute(f"SELECT count(*) FROM {t}_recent").fetchone()[0] for t in VIEWS)


def in_main(store: Store) -> int:
    return sum(store.conn.execute(f"SELECT count(*) FROM {t}_main").fetchone()[0] for t in VIEWS)


@pytest.mark.parametrize("threshold", [1, 2, 3, 5])
def test_store_recent_merges_at_the_threshold_and_the_reads_stay_the_same(tmp_path: Path, monkeypatch, threshold):
    recs = articles(7)
    with Store(tmp_path / "never.db") as reference:
        reference.add_many(copy.deepcopy(recs))
        expected = reads(reference)
        assert in_main(reference) == 0
    monkeypatch.setattr(recent, "MERGE_ARTICLES", threshold)
    with Store(tmp_path / "merged.db") as s:
        for k, rec in enumerate(copy.deepcopy(recs), start=1):
            s.add(rec)
            assert s.conn.execute("SELECT count(*) FROM article_entities_recent").fetchone()[0] > 0 or (
                k % threshold == 0
            )
        assert recent.pending(s.conn) == len(recs) % threshold
        assert reads(s) == expected
        s.merge_recent()
        assert in_recent(s) == 0
        assert reads(s) == expected


@pytest.mark.parametrize("threshold", [1, 3])
def test_store_recent_merges_in_a_batch_and_in_add_many(tmp_path: Path, monkeypatch, threshold):
    monkeypatch.setattr(recent, "MERGE_ARTICLES", threshold)
    recs = articles(6)
    with Store(tmp_path / "b.db") as s, s.batched(records=4):
        for rec in copy.deepcopy(recs):
            s.add(rec)
    with Store(tmp_path / "m.db") as t:
        t.add_many(copy.deepcopy(recs), batch_size=4)
        assert in_recent(t) == 0 and in_main(t) > 0
    with Store(tmp_path / "b.db") as s, Store(tmp_path / "m.db") as t:
        assert in_recent(s) == 0 and reads(s) == reads(t)


def test_store_recent_two_writers_merge_at_the_threshold_of_both(tmp_path: Path, monkeypatch):
    """Two stores open on one file (two processes writing it): each counts the other's articles in the recent
    tables once it has committed, so the merge comes at the threshold of all the articles, not of each writer's."""
    monkeypatch.setattr(recent, "MERGE_ARTICLES", 4)
    recs = articles(7)
    with Store(tmp_path / "two.db") as a, Store(tmp_path / "two.db") as b:
        a.add(copy.deepcopy(recs[0]))  # a counts 1
        b.add(copy.deepcopy(recs[1]))  # b counts 2: a's article too
        b.add(copy.deepcopy(recs[2]))
        assert recent.pending(a.conn) == 3
        a.add(copy.deepcopy(recs[3]))  # a counts again after b's commits: the fourth article merges
        assert recent.pending(a.conn) == 0 and in_main(a) > 0
        b.add(copy.deepcopy(recs[4]))  # b counts again after a's merge: 1, not 4 (no merge)
        b.add(copy.deepcopy(recs[5]))
        assert recent.pending(b.conn) == 2
        expected = reads(b)
    with Store(tmp_path / "one.db") as one:
        one.add_many(copy.deepcopy(recs[:6]))
        assert reads(one) == expected


def test_store_recent_a_failed_merge_leaves_the_record_out_and_nothing_moved(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(recent, "MERGE_ARTICLES", 3)
    recs = articles(3)
    with Store(tmp_path / "f.db") as s:
        s.add(recs[0])
        s.add(recs[1])
        before = rows(s)

        def fail_midway(conn):
            conn.execute(
                "INSERT INTO article_entities_main(entity_id, article_id, mentions)"
                " SELECT entity_id, article_id, mentions FROM article_entities_recent"
            )
            raise OSError("injected: the disk is gone in the middle of the merge")

        monkeypatch.setattr(recent, "merge", fail_midway)
        with pytest.raises(OSError, match="injected"):
            s.add(recs[2])
        assert rows(s) == before and in_main(s) == 0 and s.count() == 2
        monkeypatch.undo()
        monkeypatch.setattr(recent, "MERGE_ARTICLES", 3)
        assert s.add(recs[2]).status == "new"
        assert in_recent(s) == 0 and s.count() == 3


@pytest.mark.parametrize("merged", [False, True])
def test_store_recent_deleting_an_article_removes_its_rows_wherever_they_are(tmp_path: Path, merged):
    recs = articles(4)
    with Store(tmp_path / "d.db") as s:
        s.add_many(recs[:2])
        if merged:
            s.merge_recent()
        s.add_many(recs[2:])
        for rec in (recs[0], recs[3]):  # one from each table when merged
            s.conn.execute("DELETE FROM articles WHERE id = ?", (rec["id"],))
            assert not s.conn.execute("SELECT 1 FROM article_entities WHERE article_id = ?", (rec["id"],)).fetchall()
        assert s.conn.execute("SELECT count(*) FROM quote_speakers").fetchone()[0] == 2
        assert s.conn.execute("SELECT count(*) FROM event_actors").fetchone()[0] == 4
        with Store(tmp_path / "two.db") as t:
            t.add_many([recs[1], recs[2]])
            assert rows(s) == rows(t)


def test_store_recent_an_article_stored_again_after_its_deletion_is_stored_once(tmp_path: Path):
    rec = visit_record()
    with Store(tmp_path / "again.db") as s:
        s.add(copy.deepcopy(rec))
        s.merge_recent()
        s.conn.execute("DELETE FROM articles WHERE id = ?", (rec["id"],))
        assert s.add(copy.deepcopy(rec)).status == "new"
        with Store(tmp_path / "once.db") as t:
            t.add(copy.deepcopy(rec))
            assert rows(s) == rows(t)


def test_store_recent_an_insert_into_the_view_goes_to_the_recent_table(tmp_path: Path):
    with Store(tmp_path / "i.db") as s:
        s.add(record("b" * 64, "Titre", "Corps.", entities=[BERG, LUNDQVIST]))
        s.merge_recent()
        s.conn.execute("DELETE FROM article_entities_main WHERE entity_id = 'p-lund'")
        s.conn.execute(
            "INSERT INTO article_entities(entity_id, article_id, mentions) VALUES ('p-lund', ?, 3)", ("b" * 64,)
        )
        assert list(map(tuple, s.conn.execute("SELECT * FROM article_entities_recent"))) == [("p-lund", "b" * 64, 3)]


def test_store_recent_migration_12_keeps_the_rows_of_an_older_store(tmp_path: Path):
    with Store(tmp_path / "new.db") as s:
        s.add(visit_record())
        s.merge_recent()
        expected = reads(s)
        tables = ("articles", "entities", "entity_names", "entity_roles", "mentions", "quotes", "events", "stories")
        tables += ("article_stories",)
        names = {t: ", ".join(f'"{r[1]}"' for r in s.conn.execute(f"PRAGMA table_info({t})")) for t in tables}
        names |= {t: columns for t, columns in VIEWS.items()}  # stored columns, not the generated ones
        found = {t: s.conn.execute(f"SELECT {names[t]} FROM {t}").fetchall() for t in (*tables, *VIEWS)}
    db = tmp_path / "v11.db"
    conn = older_store(db, 11)
    for table, got in found.items():
        if got:
            conn.executemany(f"INSERT INTO {table}({names[table]}) VALUES ({','.join('?' * len(got[0]))})", got)
    conn.commit()
    conn.close()
    assert migrate(db) == (11, LATEST_VERSION)
    with Store(db) as s:
        assert in_recent(s) == 0 and reads(s) == expected
        s.add(
            record("c" * 64, "Titre", "Corps.", entities=[BERG], events=[event("AID", [actor(BERG, "SKL")], [], None)])
        )
        assert s.conn.execute("SELECT count(*) FROM article_entities_recent").fetchone()[0] == 1
        assert sorted(s.entity("p-berg")["article_ids"]) == sorted(["a1" + "0" * 62, "c" * 64])


@pytest.mark.parametrize("walk_ratio", [0, 10**9])  # the walk over the articles by date, and the sort
@pytest.mark.parametrize("merged", [0, 3])  # the articles merged into the main tables, the others recent
def test_store_recent_an_entitys_articles_newest_first_from_both_tables(
    tmp_path: Path, monkeypatch, walk_ratio, merged
):
    from veille.store import actors

    monkeypatch.setattr(actors, "WALK_RATIO", walk_ratio)
    recs = articles(6)
    with Store(tmp_path / "w.db") as s:
        s.add_many(recs[:merged])
        s.merge_recent()
        s.add_many(recs[merged:])
        cited = sorted(
            (r for r in recs if any(e["id"] == "p-berg" for e in r["entities"])), key=lambda r: r["published"]
        )
        newest = [r["id"] for r in reversed(cited)]
        assert [a["id"] for a in s.articles_of("p-berg")] == newest
        assert [a["id"] for a in s.articles_of("p-berg", limit=2, offset=1)] == newest[1:3]
        assert s.entity("p-berg")["article_ids"] == newest
        assert set(s.articles_of("p-berg")[0]) == {"id", "title", "published", "language"}
