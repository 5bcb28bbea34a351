"""Tests of the SQLite store, on small records built by hand (invented people and outlets)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from veille.errors import InvalidRecord, StoreError
from veille.store import MAX_QUERY_CHARS, AddResult, EventFilter, Store, fts_query, migrate, normalise_name
from veille.store.migrations import LATEST_VERSION, MIGRATIONS
from veille.store.writing import ArticleWriter

BERG = {
    "id": "p-berg",
    "name": "Anna Berg",
    "type": "PERSON",
    "names": ["Berg"],
    "code": None,
    "roles": [{"role": "Foreign Minister", "text": "la ministre des Affaires étrangères", "date": "2025-03-02"}],
    "mentions": [{"text": "Anna Berg", "start": 0, "end": 9}],
}
LUNDQVIST = {
    "id": "p-lund",
    "name": "Olof Lundqvist",
    "type": "PERSON",
    "names": ["Lundqvist"],
    "roles": [],
    "mentions": [{"text": "Olof Lundqvist", "start": 30, "end": 44}],
}
NORDLAND = {
    "id": "g-nrd",
    "name": "Nordland",
    "type": "GPE",
    "code": "NRD",
    "names": ["le Nordland"],
    "mentions": [{"text": "Nordland", "start": 50, "end": 58}],
}
OTAN = {
    "id": "o-nato",
    "name": "NATO",
    "type": "ORG",
    "code": "NATO",
    "wikidata": None,
    "names": ["l’OTAN", "OTAN"],
    "mentions": [{"text": "l’OTAN", "start": 60, "end": 66}],
}


def actor(ref: dict[str, Any], code: str, sector: str = "GOV") -> dict[str, Any]:
    return {"id": ref["id"], "name": ref["name"], "code": code, "sector": sector}


def event(type_: str, actors: list, recipients: list, date: str | None, score: float = 1.0) -> dict[str, Any]:
    return {
        "type": type_,
        "mode": None,
        "quad": "verbal cooperation",
        "score": score,
        "actors": actors,
        "recipients": recipients,
        "date": date,
        "location": None,
        "contexts": [],
        "confidence": 0.8,
        "sentence": {"start": 0, "end": 10, "text": "..."},
    }


def record(
    rid: str,
    title: str,
    body: str,
    published: str | None = "2025-03-02",
    language: str = "fr",
    entities: list | None = None,
    quotes: list | None = None,
    events: list | None = None,
) -> dict[str, Any]:
    return {
        "id": rid,
        "url": None,
        "source": f"{rid}.txt",
        "language": language,
        "title": title,
        "authors": ["Claire Dubois"],
        "published": published,
        "body": body,
        "paragraphs": body.split("\n\n"),
        "captions": [],
        "boilerplate": [],
        "entities": entities or [],
        "quotes": quotes or [],
        "events": events or [],
    }


def visit_record() -> dict[str, Any]:
    body = (
        "Anna Berg, la ministre des Affaires étrangères, a rencontré Olof Lundqvist à l’école de Brenna.\n\n"
        "« Nous voulons la paix », a déclaré Mme Berg devant l’OTAN."
    )
    return record(
        "a1" + "0" * 62,
        "Visite de la ministre au Nordland",
        body,
        entities=[BERG, LUNDQVIST, NORDLAND, OTAN],
        quotes=[
            {
                "text": "Nous voulons la paix",
                "start": 96,
                "end": 116,
                "direct": True,
                "speakers": [{"id": "p-berg", "name": "Anna Berg"}],
                "cue": "déclarer",
            }
        ],
        events=[event("CONSULT", [actor(BERG, "SKL")], [actor(NORDLAND, "NRD")], "2025-03-02", 2.5)],
    )


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "veille.db") as s:
        yield s


def table_count(s: Store, table: str) -> int:
    return s.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# -- opening and migrations ------------------------------------------------------------------------


def test_store_migrates_empty_database(tmp_path: Path):
    with Store(tmp_path / "sub" / "new.db") as s:
        assert s.schema_version == LATEST_VERSION
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert table_count(s, "schema_migrations") == len(MIGRATIONS)
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        # the entity-keyed tables are views over a main and a recent table (migration 12)
        tables = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        assert {
            "articles",
            "articles_fts",
            "entities",
            "entity_names",
            "mentions",
            "quotes",
            "quote_speakers",
            "events",
            "event_actors",
        } <= tables
        assert s.count() == 0


def test_store_reopen_is_a_noop(tmp_path: Path):
    path = tmp_path / "v.db"
    with Store(path) as s:
        s.add(visit_record())
        applied = s.conn.execute("SELECT * FROM schema_migrations").fetchall()
    with Store(path) as s:
        assert s.conn.total_changes == 0
        assert s.conn.execute("SELECT * FROM schema_migrations").fetchall() == applied
        assert s.count() == 1
    with pytest.raises(StoreError, match="closed"):
        s.count()


def test_store_in_memory():
    with Store(":memory:") as s:
        assert s.add(visit_record()).status == "new"
        assert s.search("paix")[0]["id"] == visit_record()["id"]


def test_store_refuses_database_newer_than_code(tmp_path: Path):
    path = tmp_path / "future.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (?, 'from the future', '2030-01-01')", (LATEST_VERSION + 1,))
    conn.close()
    with pytest.raises(StoreError, match="newer than this version"):
        Store(path)


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p.write_text("Ceci n'est pas une base de données.\n" * 200, encoding="utf-8"),
        lambda p: p.mkdir(),
    ],
    ids=["text-file", "directory"],
)
def test_store_rejects_what_is_not_a_database(tmp_path: Path, make):
    path = tmp_path / "notes.db"
    make(path)
    with pytest.raises(StoreError) as info:
        Store(path)
    assert str(path) in str(info.value)


def test_store_failed_migration_leaves_nothing(tmp_path: Path, monkeypatch):
    from veille.store import connection, migrations

    broken = migrations.Migration(LATEST_VERSION + 1, "broken", "CREATE TABLE ok_table(x);\nSELECT * FROM nosuch;")
    monkeypatch.setattr(connection, "MIGRATIONS", [*MIGRATIONS, broken])
    monkeypatch.setattr(connection, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(StoreError, match="migration .* failed"):
        Store(tmp_path / "m.db")
    with sqlite3.connect(tmp_path / "m.db") as conn:
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == LATEST_VERSION
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='ok_table'").fetchone()[0] == 0
    conn.close()


def test_store_migration_on_an_older_sqlite_fails_clearly_and_leaves_nothing(tmp_path: Path, monkeypatch):
    from veille.store import connection, migrations

    newer = migrations.Migration(
        LATEST_VERSION + 1, "needs a newer library", "CREATE TABLE ok_table(x);", sqlite=(9, 0, 0)
    )
    monkeypatch.setattr(connection, "MIGRATIONS", [*MIGRATIONS, newer])
    monkeypatch.setattr(connection, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(StoreError, match=r"needs SQLite >= 9\.0\.0") as info:
        Store(tmp_path / "m.db")
    assert str(tmp_path / "m.db") in str(info.value)
    with sqlite3.connect(tmp_path / "m.db") as conn:
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == LATEST_VERSION
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='ok_table'").fetchone()[0] == 0
    conn.close()


# -- adding ----------------------------------------------------------------------------------------


def test_store_add_is_idempotent(store: Store):
    rec = visit_record()
    assert store.add(rec) == AddResult(rec["id"], "new")
    counts = {t: table_count(store, t) for t in ("mentions", "quotes", "events", "event_actors", "entity_names")}
    assert store.add(rec) == AddResult(rec["id"], "duplicate")
    assert store.count() == 1
    assert {t: table_count(store, t) for t in counts} == counts
    assert store.get(rec["id"]) == rec
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_store_two_connections_share_one_file(tmp_path: Path):
    path = tmp_path / "shared.db"
    with Store(path) as first, Store(path, timeout=5) as second:
        first.add(visit_record())
        assert second.count() == 1
        assert second.add(visit_record()).status == "duplicate"
        second.add(record("d" * 64, "Autre", "Autre texte."))
        assert first.count() == 2


@pytest.mark.parametrize("bad", [{}, {"id": ""}, {"id": 42}, ["not", "a", "dict"]])
def test_store_add_rejects_record_without_id(store: Store, bad):
    with pytest.raises(InvalidRecord):
        store.add(bad)


@pytest.mark.parametrize(
    "change",
    [
        {"entities": ["Anna Berg"]},
        {"title": {"fr": "Titre"}},
        {"quotes": [{"text": "x", "speakers": [{"id": "p-x", "name": ["not", "text"]}]}]},
        {"events": [{"type": "AID", "actors": [{"code": "SKL", "sector": {"bad": 1}}]}]},
    ],
    ids=["entity-string", "title-dict", "speaker-name-list", "sector-dict"],
)
def test_store_add_rejects_malformed_record_leaving_nothing(store: Store, change):
    with pytest.raises(InvalidRecord, match="malformed"):
        store.add({**visit_record(), **change})
    for table in ("articles", "entities", "mentions", "quotes", "events"):
        assert table_count(store, table) == 0, table


def test_store_add_is_atomic(store: Store, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("injected failure while writing events")

    monkeypatch.setattr(ArticleWriter, "events", fail)
    with pytest.raises(RuntimeError, match="injected"):
        store.add(visit_record())
    for table in ("articles", "entities", "entity_names", "mentions", "quotes", "quote_speakers", "events"):
        assert table_count(store, table) == 0, table
    assert store.search("Brenna") == []
    monkeypatch.undo()
    assert store.add(visit_record()).status == "new"
    assert store.search("Brenna")[0]["id"] == visit_record()["id"]


def test_store_add_many_batches_and_reports_duplicates(store: Store):
    recs = [record(c * 64, f"Titre {c}", f"Texte {c}.") for c in "abc"]
    results = store.add_many([recs[0], recs[1], recs[0], recs[2]], batch_size=2)
    assert [r.status for r in results] == ["new", "new", "duplicate", "new"]
    assert store.count() == 3 and not store.conn.in_transaction
    with pytest.raises(StoreError):
        store.add_many(recs, batch_size=0)


def test_store_add_many_keeps_records_before_a_failure(store: Store, monkeypatch):
    recs = [
        visit_record(),
        record("b" * 64, "Deux", "Texte deux.", events=[event("AID", [], [], None)]),
        record("c" * 64, "Trois", "Texte trois."),
    ]
    original = ArticleWriter.events

    def fail_on_second(self, rec):
        if self.article_id == "b" * 64:
            raise RuntimeError("injected failure")
        return original(self, rec)

    monkeypatch.setattr(ArticleWriter, "events", fail_on_second)
    with pytest.raises(RuntimeError):
        store.add_many(recs, batch_size=10)
    assert store.count() == 1 and store.get("b" * 64) is None
    assert table_count(store, "events") == 1  # only the first article's
    monkeypatch.undo()
    assert [r.status for r in store.add_many(recs)] == ["duplicate", "new", "new"]


def test_store_get_returns_the_record_as_given(store: Store):
    rec = visit_record()
    empty = {**record("e" * 64, "Sans corps", ""), "body": None}
    store.add_many([rec, empty])
    assert store.get(rec["id"]) == rec
    assert store.get("e" * 64) == empty


def test_store_speaker_without_entity_entry_gets_a_minimal_entity(store: Store):
    rec = record(
        "b" * 64,
        "Déclaration",
        "« Assez », a dit Piet Janssen.",
        quotes=[
            {
                "text": "Assez",
                "start": 2,
                "end": 7,
                "direct": True,
                "cue": "dire",
                "speakers": [{"id": "p-janssen", "name": "Piet Janssen"}],
            }
        ],
    )
    store.add(rec)
    assert [e["id"] for e in store.find_entities("piet janssen")] == ["p-janssen"]
    assert store.quotes(speaker="Piet Janssen")[0]["text"] == "Assez"


# -- articles --------------------------------------------------------------------------------------


def test_store_get_by_full_id_and_unique_prefix(store: Store):
    ids = ["abcdef1" + "0" * 57, "abcdef2" + "0" * 57, "123456" + "9" * 58]
    for i, rid in enumerate(ids):
        store.add(record(rid, f"Titre {i}", f"Texte numéro {i}."))
    assert store.get(ids[2])["title"] == "Titre 2"
    assert store.get("123456")["id"] == ids[2]
    assert store.get("abcdef1")["id"] == ids[0]
    with pytest.raises(StoreError, match="ambiguous"):
        store.get("abcdef")
    assert store.get("12345") is None  # shorter than MIN_ID_PREFIX
    assert store.get("ffffff") is None


def test_store_lists_articles_newest_first(store: Store):
    for rid, date in (("c1", "2025-01-05"), ("c2", None), ("c3", "2025-03-01"), ("c4", "2024-12-31")):
        store.add(record(rid * 16, f"Article {rid}", f"Corps {rid}.", published=date))
    listed = store.list_articles()
    assert [a["published"] for a in listed] == ["2025-03-01", "2025-01-05", "2024-12-31", None]
    assert set(listed[0]) == {"id", "title", "published", "language", "source"}
    assert [a["id"][:2] for a in store.list_articles(limit=2, offset=1)] == ["c1", "c4"]
    with pytest.raises(StoreError):
        store.list_articles(limit=0)


def test_store_summary(store: Store):
    store.add(visit_record())
    store.add(record("d" * 64, "English piece", "A short text.", published="2025-04-01", language="en"))
    summary = store.summary()
    assert summary["articles"] == 2
    assert summary["languages"] == {"fr": 1, "en": 1}
    assert summary["entities"] == {"PERSON": 2, "GPE": 1, "ORG": 1}
    assert summary["quotes"] == 1
    assert summary["events"] == {"CONSULT": 1}
    assert summary["published"] == {"first": "2025-03-02", "last": "2025-04-01"}


# -- full-text search ------------------------------------------------------------------------------


def test_store_search_ranks_and_snippets(store: Store):
    store.add(visit_record())
    store.add(record("e" * 64, "Brenna, ville portuaire", "Le port de Brenna exporte du bois.\n\nBrenna grandit."))
    store.add(record("f" * 64, "Autre sujet", "Rien à voir, sauf une mention de Brenna."))
    hits = store.search("Brenna")
    assert len(hits) == 3
    assert hits[0]["id"] == "e" * 64  # in the title and twice in the body
    assert "[Brenna]" in hits[0]["snippet"]
    assert hits[0]["score"] <= hits[1]["score"] <= hits[2]["score"]
    assert [h["id"] for h in store.search("ecole")] == [visit_record()["id"]]  # accents folded
    assert [h["id"] for h in store.search("Lundq*")] == [visit_record()["id"]]  # prefix
    assert [h["id"] for h in store.search('"port de Brenna"')] == ["e" * 64]  # phrase
    assert store.search("Brenna bois") and store.search("Brenna introuvable") == []  # terms are ANDed


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "(",
        ")",
        "a OR",
        "NOT",
        "-",
        "--",
        "*",
        "**",
        "Brenna*)",
        "AND (",
        "title:Brenna",
        '"unbalanced',
        "l'OTAN",
        "l’OTAN",
        "NEAR(a b)",
        "^Brenna",
        "Brenna -port",
        "+",
        "{title}: x",
        "a\x00b",
        "   ",
        "",
        "'; DROP TABLE articles; --",
        'ministre "des" (Affaires) -étrangères* OR NOT',
    ],
)
def test_store_search_never_raises_on_user_text(store: Store, query: str):
    store.add(visit_record())
    assert isinstance(store.search(query), list)
    assert store.count() == 1


def test_store_search_ranks_only_the_newest_matches_when_too_many(store: Store, monkeypatch):
    from veille.store import articles

    monkeypatch.setattr(articles, "RANK_WINDOW", 2)
    store.add(record("1" * 64, "Brenna Brenna Brenna", "Brenna, Brenna."))  # best match, stored first
    for i in (2, 3, 4):
        store.add(record(str(i) * 64, f"Note {i}", f"Une mention de Brenna parmi d'autres mots, numéro {i}."))
    assert {h["id"][0] for h in store.search("Brenna", limit=2)} == {"3", "4"}
    assert len(store.search("Brenna", limit=3)) == 3  # the window is never smaller than the limit
    monkeypatch.setattr(articles, "RANK_WINDOW", 10)
    assert store.search("Brenna", limit=2)[0]["id"] == "1" * 64


def test_store_search_rejects_too_long_query(store: Store):
    with pytest.raises(StoreError, match="at most"):
        store.search("a" * (MAX_QUERY_CHARS + 1))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Brenna port", '"Brenna" "port"'),
        ('"port de Brenna" bois', '"port de Brenna" "bois"'),
        ("Lundq*", '"Lundq"*'),
        ('a"b', '"a""b"'),
        ("- * ( )", None),
    ],
)
def test_store_fts_query_quotes_every_term(text: str, expected: str | None):
    assert fts_query(text) == expected


# -- entities --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,expected",
    [
        ("  Anna   BERG ", "anna berg"),
        ("L’OTAN", "l'otan"),
        ("Pérou", "pérou"),
    ],
)
def test_store_normalise_name(name: str, expected: str):
    assert normalise_name(name) == expected


def test_store_entity_names_merge_across_articles(store: Store):
    store.add(visit_record())
    later = {
        **BERG,
        "names": ["Mme Berg"],
        "wikidata": "Q999999999",
        "roles": [{"role": "Foreign Minister", "text": "la cheffe de la diplomatie", "date": "2025-04-10"}],
        "mentions": [{"text": "Mme Berg", "start": 0, "end": 8}],
    }
    rid = "9" * 64
    store.add(
        record(rid, "Mme Berg à Genève", "Mme Berg est arrivée à Genève.", published="2025-04-10", entities=[later])
    )
    for name in ("Anna Berg", "berg", "MME  BERG"):
        found = store.find_entities(name)
        assert [e["id"] for e in found] == ["p-berg"], name
    entity = store.entity("p-berg")
    assert entity["names"] == ["Anna Berg", "Berg", "Mme Berg"]
    assert [(r["text"], r["date"]) for r in entity["roles"]] == [
        ("la ministre des Affaires étrangères", "2025-03-02"),
        ("la cheffe de la diplomatie", "2025-04-10"),
    ]
    assert entity["roles"][1]["article_id"] == rid
    assert entity["wikidata"] == "Q999999999"  # filled in by the later article
    assert entity["article_ids"] == [rid, visit_record()["id"]]
    assert entity["articles"] == 2 and entity["mentions"] == 2
    assert store.entity("nobody") is None


def test_store_find_entities_folds_apostrophes_keeps_accents_and_matches_codes(store: Store):
    store.add(visit_record())
    peru = {"id": "g-per", "name": "Pérou", "type": "GPE", "code": "PER", "mentions": []}
    store.add(record("7" * 64, "Lima", "Au Pérou.", entities=[peru]))
    assert [e["id"] for e in store.find_entities("l'otan")] == ["o-nato"]
    assert [e["id"] for e in store.find_entities("nato")] == ["o-nato"]  # by code
    assert [e["id"] for e in store.find_entities("pérou")] == ["g-per"]
    assert store.find_entities("perou") == []


@pytest.mark.parametrize("name", ["l'otan", "nato", "pérou", "perou", "Anna Berg", "berg"])
def test_store_find_entities_uncounted_answers_the_same_entities(store: Store, name: str):
    # linking and alerts ask who answers a name without counting each one's articles (a cost that grows with the store)
    store.add(visit_record())
    peru = {"id": "g-per", "name": "Pérou", "type": "GPE", "code": "PER", "mentions": []}
    store.add(record("7" * 64, "Lima", "Au Pérou.", entities=[peru]))
    counted, uncounted = store.find_entities(name), store.find_entities(name, counted=False)
    assert sorted(e["id"] for e in uncounted) == sorted(e["id"] for e in counted)
    assert all(e["articles"] is None and e["roles"] is None for e in uncounted)
    assert [{**e, "articles": None, "roles": None} for e in sorted(counted, key=lambda e: e["id"])] == sorted(
        uncounted, key=lambda e: e["id"]
    )


def test_store_list_entities_by_type_with_counts(store: Store):
    store.add(visit_record())
    store.add(record("8" * 64, "Berg encore", "Berg.", entities=[{**BERG, "mentions": []}]))
    people = store.list_entities(type="person")
    assert [(e["id"], e["articles"]) for e in people] == [("p-berg", 2), ("p-lund", 1)]
    assert len(store.list_entities()) == 4
    assert len(store.list_entities(limit=1)) == 1


def test_store_quotes_by_speaker(store: Store):
    store.add(visit_record())
    assert [q["text"] for q in store.quotes()] == ["Nous voulons la paix"]
    for speaker in ("Anna Berg", "berg", "p-berg"):
        quotes = store.quotes(speaker=speaker)
        assert len(quotes) == 1 and quotes[0]["article_id"] == visit_record()["id"], speaker
    assert store.quotes(speaker="Lundqvist") == []


# -- events ----------------------------------------------------------------------------------------


@pytest.fixture
def event_store(store: Store) -> Store:
    skl, nrd, vsk = (
        {"id": "g-skl", "name": "Skoland", "code": "SKL"},
        {"id": "g-nrd", "name": "Nordland", "code": "NRD"},
        {"id": "g-vsk", "name": "Vesterka", "code": "VSK"},
    )
    gpes = [{**g, "type": "GPE", "mentions": []} for g in (skl, nrd, vsk)]
    ev = [
        event("CONSULT", [actor(skl, "SKL")], [actor(nrd, "NRD")], "2025-01-10", 2.0),
        event("ACCUSE", [actor(nrd, "NRD")], [actor(skl, "SKL")], "2025-01-20", -4.0),
        event("CONSULT", [actor(nrd, "NRD")], [actor(skl, "SKL")], None, 3.0),  # dated by the article
        event("ASSAULT", [actor(vsk, "VSK")], [actor(nrd, "NRD")], "2025-02-01", -9.0),
        event(
            "AGREE", [actor(skl, "SKL"), actor(nrd, "NRD")], [actor(nrd, "NRD"), actor(skl, "SKL")], "2025-03-05", 5.0
        ),
    ]
    store.add(record("ev" * 32, "Tensions", "Texte.", published="2025-02-15", entities=gpes, events=ev))
    return store


def test_store_events_filters(event_store: Store):
    s = event_store
    assert len(s.events()) == 5
    assert [e["date"] for e in s.events()] == ["2025-03-05", "2025-02-15", "2025-02-01", "2025-01-20", "2025-01-10"]
    assert {e["type"] for e in s.events(actor="nrd")} == {"ACCUSE", "CONSULT", "AGREE"}
    assert [e["type"] for e in s.events(recipient="NRD", type="assault")] == ["ASSAULT"]
    assert [e["date"] for e in s.events(actor="SKL", recipient="NRD")] == ["2025-03-05", "2025-01-10"]
    assert [e["date"] for e in s.events(since="2025-01-20", until="2025-02")] == [
        "2025-02-15",
        "2025-02-01",
        "2025-01-20",
    ]
    assert len(s.events(until="2025-01-10")) == 1
    assert s.events(limit=2)[0]["article_id"] == "ev" * 32
    with pytest.raises(StoreError, match="ISO date"):
        s.events(since="last week")


def test_store_dyad(event_store: Store):
    d = event_store.dyad("skl", "NRD")
    assert d["total"] == 4
    assert d["by_direction"] == {"a->b": 1, "b->a": 2, "both": 1}
    assert d["by_type"] == {"CONSULT": 2, "ACCUSE": 1, "AGREE": 1}
    assert d["by_month"] == {"2025-01": 2, "2025-02": 1, "2025-03": 1}
    assert d["mean_score"] == pytest.approx((2.0 - 4.0 + 3.0 + 5.0) / 4)
    assert [e["date"] for e in d["events"]] == ["2025-01-10", "2025-01-20", "2025-02-15", "2025-03-05"]
    assert event_store.dyad("NRD", "SKL")["by_direction"] == {"a->b": 2, "b->a": 1, "both": 1}
    assert event_store.dyad("SKL", "VSK")["total"] == 0
    assert [e["date"] for e in event_store.dyad("SKL", "NRD", limit=1)["events"]] == ["2025-03-05"]


# -- modality, read-only opening, facets, aggregates -------------------------------------------------


def unrealised_store(store: Store) -> Store:
    skl, nrd = {"id": "g-skl", "name": "Skoland", "code": "SKL"}, {"id": "g-nrd", "name": "Nordland", "code": "NRD"}
    gpes = [{**g, "type": "GPE", "mentions": []} for g in (skl, nrd)]
    done = event("ACCUSE", [actor(skl, "SKL")], [actor(nrd, "NRD")], "2025-01-10", -2.0)
    denied = {**event("ASSAULT", [actor(skl, "SKL")], [actor(nrd, "NRD")], "2025-01-12", -9.0), "negated": True}
    planned = {**event("AGREE", [actor(nrd, "NRD")], [actor(skl, "SKL")], "2025-02-01", 4.5), "modality": "future"}
    planned["location"] = {"id": "kb:city:brenna", "name": "Brenna", "code": "NRD"}
    store.add(record("mo" * 32, "Démenti", "Texte.", entities=gpes, events=[done, denied, planned]))
    return store


def test_store_events_that_did_not_happen_are_left_out_unless_asked(store: Store):
    s = unrealised_store(store)
    assert s.summary()["events"] == {"ACCUSE": 1} and s.summary()["unrealised_events"] == 2
    assert s.summary(include_unrealised=True)["events"] == {"ACCUSE": 1, "ASSAULT": 1, "AGREE": 1}
    assert [e["type"] for e in s.events()] == ["ACCUSE"]
    assert [e["status"] for e in s.events(include_unrealised=True)] == ["future", "negated", "realised"]
    dyad = s.dyad("SKL", "NRD")
    assert dyad["total"] == 1 and dyad["mean_score"] == -2.0 and dyad["unrealised"] == 2
    assert s.dyad("SKL", "NRD", include_unrealised=True)["mean_score"] == pytest.approx((-2.0 - 9.0 + 4.5) / 3)
    assert s.network(EventFilter())["edges"][0]["count"] == 1
    assert s.places(EventFilter()) == [] and s.places(EventFilter(include_unrealised=True))[0]["id"] == "kb:city:brenna"
    assert s.count_events(EventFilter(status="negated")) == 1


def older_store(db: Path, version: int) -> sqlite3.Connection:
    """A connection to a new store at ``db`` made by the first ``version`` migrations only: a store written by an
    older Veille, for the caller to fill and close."""
    from veille.store import connection

    conn = sqlite3.connect(db)
    for migration in MIGRATIONS[:version]:
        for statement in connection.split_sql(migration.sql):
            conn.execute(statement)
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)")
    conn.executemany(
        "INSERT INTO schema_migrations VALUES (?, ?, '')", [(m.version, m.name) for m in MIGRATIONS[:version]]
    )
    return conn


def test_store_migration_4_fills_the_modality_columns_of_stored_events(tmp_path: Path):
    db = tmp_path / "old.db"
    conn = older_store(db, 3)
    conn.execute(
        "INSERT INTO articles(id, title, body, record, ingested_at) VALUES ('x', 'Titre', 'Corps mot', '{}', '')"
    )
    conn.execute(
        "INSERT INTO events(article_id, idx, type, record) VALUES ('x', 0, 'AGREE', ?), ('x', 1, 'AID', ?)",
        (
            '{"negated": true, "modality": null}',
            '{"negated": false, "modality": "hypothetical", "location": {"id": "l"}}',
        ),
    )
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="older than this version of Veille's.*veille migrate"):
        Store(db, readonly=True)  # a reader never migrates
    assert migrate(db) == (3, LATEST_VERSION)
    with Store(db, readonly=True) as s:
        assert s.schema_version == LATEST_VERSION
        rows = s.conn.execute("SELECT negated, modality, realised, location_id FROM events ORDER BY idx").fetchall()
        assert [tuple(r) for r in rows] == [(1, None, 0, None), (0, "hypothetical", 0, "l")]
        assert [h["id"] for h in s.search("mot")] == ["x"]  # the full-text index was rebuilt


def test_store_readonly_refuses_what_is_not_a_store_and_never_writes(tmp_path: Path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "typo.db", readonly=True)
    assert not (tmp_path / "typo.db").exists()
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(StoreError, match="not a Veille store"):
        Store(other, readonly=True)
    db = tmp_path / "v.db"
    with Store(db) as s:
        s.add(visit_record())
    before = db.read_bytes()
    with Store(db, readonly=True) as s:
        assert s.count() == 1
        with pytest.raises(sqlite3.OperationalError):
            s.conn.execute("DELETE FROM articles")
    assert db.read_bytes() == before


def test_store_event_facets_totals_and_paging(event_store: Store):
    s = event_store
    filt = EventFilter()
    assert s.count_events(filt) == 5
    assert [e["date"] for e in s.find_events(filt, limit=2, offset=2)] == ["2025-02-01", "2025-01-20"]
    facets = s.event_facets(EventFilter(actor="NRD"))
    assert {f["value"]: f["count"] for f in facets["type"]} == {"ACCUSE": 1, "AGREE": 1, "CONSULT": 1}
    assert {f["value"]: f["count"] for f in facets["actor"]} == {"NRD": 3, "SKL": 1}  # among the events listed
    assert {f["value"]: f["count"] for f in facets["status"]} == {"realised": 3}
    with pytest.raises(StoreError, match="unknown event type 'acuse'; expected one of AGREE"):
        s.count_events(EventFilter(type="acuse"))


def test_store_network_weights_edges_by_events(event_store: Store):
    net = event_store.network(EventFilter())
    edges = {(e["source"], e["target"]): e["count"] for e in net["edges"]}
    assert edges == {("NRD", "SKL"): 3, ("SKL", "NRD"): 2, ("VSK", "NRD"): 1}
    assert {n["id"] for n in net["nodes"]} == {"NRD", "SKL", "VSK"}


def test_store_full_text_index_is_found_as_datasette_looks_for_it(store: Store):
    # datasette.utils.detect_fts_sql("articles")
    found = store.conn.execute(
        "select name from sqlite_master where rootpage = 0 and ("
        " sql like '%VIRTUAL TABLE%USING FTS%content=\"articles\"%'"
        " or sql like '%VIRTUAL TABLE%USING FTS%content=[articles]%'"
        " or (tbl_name = \"articles\" and sql like '%VIRTUAL TABLE%USING FTS%'))"
    ).fetchall()
    assert [r[0] for r in found] == ["articles_fts"]


def test_store_csv_export_leaves_out_events_that_did_not_happen(store: Store):
    import io

    from veille.store.export import export_csv

    unrealised_store(store)
    out = io.StringIO()
    assert export_csv("events", store.iter_records(), out) == 1
    assert export_csv("events", store.iter_records(), io.StringIO(), include_unrealised=True) == 3


def test_store_migrate_refuses_a_missing_store_and_never_creates_it(tmp_path: Path):
    with pytest.raises(StoreError, match="no such store"):
        migrate(tmp_path / "typo.db")
    assert not (tmp_path / "typo.db").exists()
    db = tmp_path / "v.db"
    Store(db).close()
    assert migrate(db) == (LATEST_VERSION, LATEST_VERSION)
