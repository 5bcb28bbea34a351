"""An article's entities written with one statement per table (``writing.upsert_entities``) store the same rows as
the entity-by-entity writes (``writing.upsert_entity`` for each, in order): new entities, entities stored by an
earlier article (a new name, an empty field filled, a role added), an entity with no id, an id given twice in one
record (invented people, places and bodies)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from test_store import record
from veille.store import Store, writing

VALE = {"id": "per:nora-vale", "type": "PERSON", "name": "Nora Vale", "mentions": [{"text": "Nora Vale", "start": 0}]}
ORSK = {"id": "loc:orsk", "type": "LOC", "name": "Orsk", "code": "ORS", "mentions": [{"text": "Orsk", "start": 10}]}
GUILD = {"id": "org:guild", "type": "ORG", "name": "Harbour Guild", "mentions": []}


def ent(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**base, **changes}


ARTICLES = {
    "new entities": [[VALE, ORSK, GUILD]],
    "a name, a field and a role added later": [
        [VALE, ORSK],
        [
            ent(VALE, names=["N. Vale"], country="ORS", roles=[{"role": "Mayor", "text": "the mayor of Orsk"}]),
            ent(ORSK, names=["Orsk City"]),
        ],
    ],
    "the same role from two articles": [
        [ent(VALE, roles=[{"role": "Mayor", "text": "the mayor"}])],
        [ent(VALE, roles=[{"role": "Mayor", "text": "the mayor"}, {"role": "Envoy", "text": "an envoy"}])],
    ],
    "an entity with no id": [[{"type": "ORG", "name": "Tide Council", "mentions": [{"text": "Tide Council"}]}]],
    "an id twice in one record": [[VALE, ent(VALE, name="Vale", names=["Nora V."], mentions=[{"text": "Vale"}])]],
    "an empty list": [[]],
}


def _rows(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    found = {}
    for table in tables:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info('{table}')") if not r[1].endswith("_at")]
        query = f'SELECT {", ".join(repr(c).replace(chr(39), chr(34)) for c in cols)} FROM "{table}"'
        found[table] = sorted(map(repr, conn.execute(query)))
    conn.close()
    return found


def _store(db: Path, articles: list[list[dict[str, Any]]]) -> None:
    with Store(db) as store:
        for k, entities in enumerate(articles):
            quote = {"text": "Nous partons.", "speakers": [{"id": "per:ida-kross", "name": "Ida Kross"}]}
            store.add(record(f"{k:064x}", f"Titre {k}", f"Corps {k}.", entities=entities, quotes=[quote]))


def _one_by_one(conn, ents, article_id, published):
    return [writing.upsert_entity(conn, e, article_id, published, len(e.get("mentions") or [])) for e in ents]


@pytest.mark.parametrize("case", sorted(ARTICLES))
def test_store_entity_rows_are_those_written_one_by_one(case, tmp_path, monkeypatch):
    _store(tmp_path / "batched.db", ARTICLES[case])
    monkeypatch.setattr(writing, "upsert_entities", _one_by_one)
    _store(tmp_path / "single.db", ARTICLES[case])
    batched, single = _rows(tmp_path / "batched.db"), _rows(tmp_path / "single.db")
    assert batched == single
    assert batched["entities"] or case == "an empty list"


def test_store_entity_rows_read_in_chunks(tmp_path, monkeypatch):
    monkeypatch.setattr(writing, "IDS_PER_QUERY", 2)
    many = [[ent(GUILD, id=f"org:guild-{k}", name=f"Guild {k}") for k in range(5)]] * 2
    _store(tmp_path / "batched.db", many)
    monkeypatch.setattr(writing, "upsert_entities", _one_by_one)
    _store(tmp_path / "single.db", many)
    assert _rows(tmp_path / "batched.db") == _rows(tmp_path / "single.db")
