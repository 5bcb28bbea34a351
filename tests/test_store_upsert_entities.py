"""A record's entities written by one statement per table (writing.upsert_entities): every table of the store the
same, row for row, as when each entity is upserted in turn (invented people, places and bodies)."""

from __future__ import annotations

import copy
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from veille.store import Store, writing


def person(eid: str | int, name: str, **more: Any) -> dict[str, Any]:
    return {
        "id": eid,
        "name": name,
        "type": "PERSON",
        "mentions": [{"text": name, "start": 0, "end": len(name)}],
        **more,
    }


def record(rid: str, entities: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": rid, "source": f"{rid}.txt", "title": "Titre", "body": "Un texte inventé.", "language": "fr",
            "published": "2026-03-02", "entities": entities, "quotes": [], "events": []}  # fmt: skip


VALEN = person("p-valen", "Ada Valen", names=["Valen"], roles=[{"role": "Mayor", "text": "la maire", "date": None}])
BREVONNE = {
    "id": "g-brv",
    "name": "Brévonne",
    "type": "GPE",
    "code": "BRV",
    "names": ["la Brévonne"],
    "mentions": [{"text": "Brévonne", "start": 3, "end": 11}, {"text": "Brévonne", "start": 20, "end": 28}],
}
LIGUE = {"id": "o-ligue", "name": "Ligue des ports", "type": "ORG", "code": None, "mentions": []}
NAMELESS = {"type": "ORG", "name": "Conseil des rives", "mentions": [{"text": "Conseil", "start": 0, "end": 7}]}
RECORDS = [
    [record("a1", [VALEN, BREVONNE, {"type": "ORG"}, LIGUE])],  # an entity with neither id nor name: skipped
    [
        record("a1", [VALEN, BREVONNE]),
        # stored ones merged: a new name, a field filled, a role added, the same role again, a name-only id
        record(
            "a2",
            [
                person(
                    "p-valen",
                    "Ada Valen",
                    names=["A. Valen"],
                    country="NRV",
                    roles=[{"role": "Mayor", "text": "la maire", "date": None}, "porte-parole"],
                ),
                {**BREVONNE, "code": None},
                NAMELESS,
                LIGUE,
            ],
        ),  # fmt: skip
        record("a3", [NAMELESS, {**LIGUE, "code": "LGP", "mentions": [{"text": "Ligue", "start": 1, "end": 6}]}]),
    ],
    [record("a1", [VALEN, person("p-valen", "Ada Valen", names=["Mme Valen"]), BREVONNE])],  # one id twice
    [record("a1", [person("5", "Léo Quint")]), record("a2", [person(5, "Léo Quint", names=["Quint"]), VALEN])],
    [record("a1", [])],
]


def _rows(conn: sqlite3.Connection, table: str) -> list[tuple]:
    """The rows of ``table`` in the order stored, with their rowid where the table has one."""
    try:
        return conn.execute(f'SELECT rowid, * FROM "{table}"').fetchall()
    except sqlite3.OperationalError:  # WITHOUT ROWID: in the order of its key
        return conn.execute(f'SELECT * FROM "{table}"').fetchall()


def _tables(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows, but the migrations' (when each was applied) and the full-text index's."""
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: _rows(conn, n) for n in names if n != "schema_migrations" and not n.startswith("articles_fts")}
    finally:
        conn.close()


def _stored(tmp: Path, name: str, records: list[dict[str, Any]]) -> dict[str, list[tuple]]:
    with Store(tmp / f"{name}.db") as store:
        for rec in copy.deepcopy(records):
            store.add(rec)
    rows = _tables(tmp / f"{name}.db")
    rows["articles"] = [r[:-1] for r in rows["articles"]]  # ingested_at: the time of writing
    return rows


def _each_in_turn(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writing, "upsert_entities", lambda *args: None)  # the caller upserts each entity in turn


@pytest.mark.parametrize("records", RECORDS)
def test_store_upsert_entities_write_the_rows_of_each_entity_in_turn(tmp_path, monkeypatch, records):
    batched = _stored(tmp_path, "batched", records)
    _each_in_turn(monkeypatch)
    assert _stored(tmp_path, "each", records) == batched
    assert batched["articles"] and all(batched[t] for t in ("entities", "entity_names")) == bool(records[0]["entities"])


def test_store_upsert_entities_leave_one_id_twice_to_the_caller(tmp_path):
    conn = sqlite3.connect(":memory:")
    twice = [VALEN, person("p-valen", "Ada Valen")]
    assert writing.upsert_entities(conn, twice, "a1", None) is None  # nothing read nor written: no table needed
    with Store(tmp_path / "s.db") as store:
        store.add(record("a1", copy.deepcopy(twice)))
        names = store.conn.execute("SELECT names FROM entities WHERE id = 'p-valen'").fetchone()[0]
    assert names == '["Ada Valen","Valen"]'


def test_store_upsert_entities_read_many_ids(tmp_path, monkeypatch):
    monkeypatch.setattr(writing, "READ_IDS", 2)  # the stored entities read in several queries
    many = [person(f"p-{k}", f"Nom{k} Inventé") for k in range(5)]
    records = [record("a1", many[:3]), record("a2", many)]
    batched = _stored(tmp_path, "batched", records)
    _each_in_turn(monkeypatch)
    assert _stored(tmp_path, "each", records) == batched
