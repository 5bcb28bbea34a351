"""An entity's dated roles, one row each in ``entity_roles`` (migration 10; issue 17): kept once per (role, text,
date) with the first article that gave it, read back in the order they came, what an article writes bounded
whatever the roles stored already, and older stores (the roles a JSON list in the entity's row) brought up to
date with the same answers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from test_store import BERG, older_store, record
from veille.store import Store, migrate
from veille.store.migrations import LATEST_VERSION

MINISTER = "la ministre des Affaires étrangères"
ENVOY = "l'envoyée spéciale du Nordland"


def role(text: str, date: str | None, name: str = "Foreign Minister") -> dict[str, Any]:
    return {"role": name, "text": text, "date": date}


def berg_in(store: Store, k: int, published: str | None, roles: list[dict[str, Any]]) -> str:
    """Store an article ``k`` citing Anna Berg with ``roles``; its id."""
    rid = f"{k:064x}"
    ent = {**BERG, "roles": roles}
    store.add(record(rid, f"Anna Berg {k}", "Anna Berg parle.", published=published, entities=[ent]))
    return rid


@pytest.mark.parametrize(
    ("articles", "expected"),
    [
        # the same role, text and date from a second article: kept once, with the first article
        (
            [("2025-03-02", [role(MINISTER, None)]), ("2025-03-02", [role(MINISTER, None)])],
            [(MINISTER, "2025-03-02", 0)],
        ),
        # a new day: a new row, after the first
        (
            [("2025-03-02", [role(MINISTER, None)]), ("2025-03-05", [role(MINISTER, None)])],
            [(MINISTER, "2025-03-02", 0), (MINISTER, "2025-03-05", 1)],
        ),
        # the role's own date wins over the article's
        ([("2025-03-02", [role(MINISTER, "2025-02-27")])], [(MINISTER, "2025-02-27", 0)]),
        # undated articles: the undated role kept once too
        ([(None, [role(MINISTER, None)]), (None, [role(MINISTER, None)])], [(MINISTER, None, 0)]),
        # another text the same day, and the same role twice in one article
        (
            [("2025-03-02", [role(MINISTER, None), role(ENVOY, None, "envoy"), role(MINISTER, None)])],
            [(MINISTER, "2025-03-02", 0), (ENVOY, "2025-03-02", 0)],
        ),
        # a role said as a bare string is its own text
        ([("2025-03-02", ["envoy"])], [("envoy", "2025-03-02", 0)]),
    ],
)
def test_store_roles_kept_once_with_the_first_article(tmp_path: Path, articles: list, expected: list):
    with Store(tmp_path / "r.db") as s:
        ids = [berg_in(s, k, published, roles) for k, (published, roles) in enumerate(articles)]
        found = s.entity("p-berg")
        assert found is not None
        assert [(r["text"], r["date"], ids.index(r["article_id"])) for r in found["roles"]] == expected
        assert [list(r) for r in found["roles"]] == [["role", "text", "date", "article_id"]] * len(expected)
        assert [e["roles"] for e in s.find_entities("Berg")] == [found["roles"]]
        assert [e["roles"] for e in s.list_entities("PERSON")] == [found["roles"]]


def test_store_roles_a_new_day_adds_one_row_and_leaves_the_entity_row(tmp_path: Path):
    with Store(tmp_path / "d.db") as s:
        changes = []
        for day in range(1, 30):
            before = s.conn.total_changes
            berg_in(s, day, f"2025-02-{day:02d}", [role(MINISTER, None)])
            changes.append(s.conn.total_changes - before)
        entity_row = s.conn.execute("SELECT * FROM entities WHERE id = 'p-berg'").fetchone()
        berg_in(s, 99, "2025-03-01", [role(MINISTER, None)])
        # the entity's row is neither rewritten nor holds the roles; an article writes as many rows on the 29th day
        # as on the second
        assert s.conn.execute("SELECT * FROM entities WHERE id = 'p-berg'").fetchone() == entity_row
        assert "roles" not in entity_row.keys()
        assert changes[1] == changes[-1]
        assert s.conn.execute("SELECT count(*) FROM entity_roles WHERE entity_id = 'p-berg'").fetchone()[0] == 30
        plan = " ".join(
            r[3]
            for r in s.conn.execute(
                "EXPLAIN QUERY PLAN SELECT 1 FROM entity_roles"
                " WHERE entity_id = ? AND role IS ? AND text IS ? AND date IS ?",
                ("p-berg", "Foreign Minister", MINISTER, None),
            )
        )
        assert "USING COVERING INDEX entity_roles_entity" in plan


def test_store_migration_10_moves_the_roles_into_their_table(tmp_path: Path):
    db = tmp_path / "v9.db"
    stored = [
        {"role": "Foreign Minister", "text": MINISTER, "date": "2025-03-02", "article_id": "a1"},
        {"role": "envoy", "text": ENVOY, "date": None, "article_id": "a2"},
        {"role": "Foreign Minister", "text": MINISTER, "date": "2025-03-09", "article_id": "a3"},
    ]
    conn = older_store(db, 9)
    conn.executemany(
        "INSERT INTO entities(id, type, name, names, roles) VALUES (?, 'PERSON', ?, ?, ?)",
        [
            ("p-berg", "Anna Berg", json.dumps(["Anna Berg", "Berg"]), json.dumps(stored)),
            ("p-lund", "Olof Lundqvist", json.dumps(["Olof Lundqvist"]), "[]"),
        ],
    )
    conn.executemany("INSERT INTO entity_names VALUES (?, ?)", [("p-berg", "berg"), ("p-lund", "olof lundqvist")])
    conn.commit()
    conn.close()
    assert migrate(db) == (9, LATEST_VERSION)
    with Store(db) as s:
        assert "roles" not in {r["name"] for r in s.conn.execute("PRAGMA table_info(entities)")}
        berg, lund = s.entity("p-berg"), s.entity("p-lund")
        assert berg is not None and lund is not None
        assert (berg["roles"], lund["roles"]) == (stored, [])
        assert s.find_entities("berg")[0]["roles"] == stored
        # a later article: its role of a day already stored is not added again, a new one comes after the others
        rid = berg_in(s, 7, "2025-03-09", [role(MINISTER, None), role(ENVOY, None, "envoy")])
        found = s.entity("p-berg")
        assert found is not None
        assert found["roles"] == [*stored, {"role": "envoy", "text": ENVOY, "date": "2025-03-09", "article_id": rid}]
