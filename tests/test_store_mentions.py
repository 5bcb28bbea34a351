"""The mentions of an entity without an index of the mentions by entity (migration 8): its count summed over
``article_entities``, the quotes about it found through its articles, and older stores brought up to date."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_store import BERG, OTAN, older_store, record, visit_record
from veille.store import Store, migrate
from veille.store.migrations import LATEST_VERSION
from veille.store.quotes_events import quotes_and_total


def mention(text: str, start: int) -> dict[str, Any]:
    return {"text": text, "start": start, "end": start + len(text)}


def test_store_mentions_entity_count_sums_its_articles(tmp_path: Path):
    with Store(tmp_path / "m.db") as s:
        s.add(visit_record())  # Anna Berg: 1 mention
        twice = {**BERG, "mentions": [mention("Anna Berg", 0), mention("Berg", 20)]}
        again = {**BERG, "name": "Mme Berg", "mentions": [mention("Mme Berg", 40)]}  # the same id listed twice
        s.add(record("b" * 64, "Berg", "Anna Berg parle. Berg part. Mme Berg.", entities=[twice, again]))
        entity = s.entity("p-berg")
        assert entity is not None
        assert (entity["articles"], entity["mentions"]) == (2, 4)
        counts = s.conn.execute("SELECT article_id, mentions FROM article_entities WHERE entity_id = 'p-berg'")
        assert sorted(tuple(r) for r in counts) == [("a1" + "0" * 62, 1), ("b" * 64, 3)]
        assert not any(r["name"] == "mentions_entity" for r in s.conn.execute("PRAGMA index_list(mentions)"))


def test_store_mentions_quotes_about_an_entity_through_its_articles(tmp_path: Path):
    with Store(tmp_path / "q.db") as s:
        s.add(visit_record())  # the quote (96-116) says no name; l’OTAN (60-66) is before it
        inside = {**OTAN, "mentions": [mention("OTAN", 10)]}
        outside = {**OTAN, "mentions": [mention("OTAN", 40)]}
        quote = {"text": "L'OTAN viendra", "start": 5, "end": 20, "direct": True, "speakers": [], "cue": "dire"}
        s.add(record("c" * 64, "OTAN", "« L'OTAN viendra », dit-il. Puis OTAN.", entities=[inside], quotes=[quote]))
        s.add(record("d" * 64, "OTAN", "« Rien ici », dit-il. Mais l'OTAN.", entities=[outside], quotes=[quote]))
        total, found = quotes_and_total(s.conn, about="o-nato")
        assert (total, [q["article_id"] for q in found]) == (1, ["c" * 64])
        assert quotes_and_total(s.conn, about="p-berg")[0] == 0  # Berg is named outside the quote


def test_store_migration_8_counts_the_mentions_of_stored_articles(tmp_path: Path):
    db = tmp_path / "v7.db"
    with Store(tmp_path / "new.db") as s:  # the rows of a stored article, to copy into a store of version 7
        s.add(visit_record())
        rows = {t: s.conn.execute(f"SELECT * FROM {t}").fetchall() for t in ("articles", "entities", "mentions")}
    conn = older_store(db, 7)
    for table, found in rows.items():
        columns = ", ".join(f'"{c}"' for c in found[0].keys())  # the older entities table has its roles column
        conn.executemany(f"INSERT INTO {table}({columns}) VALUES ({','.join('?' * len(found[0]))})", map(tuple, found))
    conn.executemany(
        "INSERT INTO article_entities(entity_id, article_id) VALUES (?, ?)",
        [(r["entity_id"], r["article_id"]) for r in rows["mentions"]],
    )
    conn.execute(
        "INSERT INTO mentions(article_id, entity_id, text) VALUES (?, 'p-berg', 'Berg')", (rows["articles"][0][1],)
    )
    conn.commit()
    conn.close()
    assert migrate(db) == (7, LATEST_VERSION)
    with Store(db, readonly=True) as s:
        assert [(e["id"], e["mentions"]) for e in map(s.entity, ("p-berg", "o-nato"))] == [("p-berg", 2), ("o-nato", 1)]
        indexes = {r["name"] for r in s.conn.execute("PRAGMA index_list(mentions)")}
        assert indexes == {"mentions_article_entity"}
