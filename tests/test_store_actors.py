"""What an actor page reads from the store: how an entity's mentions were merged, in its newest articles."""

from __future__ import annotations

from pathlib import Path

from test_store import BERG, NORDLAND, record
from veille.store import Store


def linked(ref: dict, **link: object) -> dict:
    return {**ref, "link": link}


def test_actors_merges_lists_each_articles_link_in_the_order_given(tmp_path: Path):
    with Store(tmp_path / "a.db") as store:
        store.add_many(
            [
                record("a" * 12, "Visite", "Berg au Nordland.", "2025-03-01", entities=[linked(BERG, by="name")]),
                record("b" * 12, "Retour", "Berg rentre.", "2025-03-02", entities=[NORDLAND, BERG]),
                record(
                    "c" * 12,
                    "Sommet",
                    "Anna Berg au sommet.",
                    "2025-03-03",
                    entities=[linked(NORDLAND, by="code"), linked(BERG, by="alias", name="Anna Berg")],
                ),
            ]
        )
        page = store.actor("p-berg")
        assert page["merges"] == [
            {"article_id": "c" * 12, "by": "alias", "name": "Anna Berg"},
            {"article_id": "a" * 12, "by": "name"},
        ]
        assert store.actor("p-berg", newest=["a" * 12])["merges"] == [{"article_id": "a" * 12, "by": "name"}]
        assert store.actor("p-berg", newest=[])["merges"] == []
        assert store.actor("g-nrd")["merges"] == [{"article_id": "c" * 12, "by": "code"}]


def test_actors_quotes_and_total_match_count_and_listing(tmp_path: Path):
    import copy

    from veille.store.quotes_events import count_quotes, quotes, quotes_and_total
    from web_fixtures import records

    with Store(tmp_path / "q.db") as store:
        store.add_many(copy.deepcopy(records(fillers=5)))
        ids = [r[0] for r in store.conn.execute("SELECT id FROM entities")]
        assert count_quotes(store.conn) > 0
        for kind in ("speaker", "about"):
            for entity_id in [*ids, None, "nobody"]:
                for offset, limit in ((0, 50), (0, 1), (1, 1), (40, 5)):
                    asked = {kind: entity_id}
                    assert quotes_and_total(store.conn, limit=limit, offset=offset, **asked) == (
                        count_quotes(store.conn, **asked),
                        quotes(store.conn, limit=limit, offset=offset, **asked),
                    )
        assert any(quotes_and_total(store.conn, about=i)[0] for i in ids)  # some quote is about an entity
        assert any(quotes_and_total(store.conn, speaker=i)[0] for i in ids)
