"""The SQLite schema of the Veille store, as an ordered list of migrations.

Each migration is applied once, in its own transaction, and recorded in ``schema_migrations``
(``PRAGMA user_version`` mirrors the latest version for external tools). Never edit a released
migration: append a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from .recent import MIGRATION_SQL as RECENT_SQL
from .stories import resign


@dataclass(frozen=True)
class Migration:
    """One step of the schema: its SQL script, then ``after`` (a Python step for what SQL cannot compute, run in
    the same transaction); ``sqlite`` the oldest SQLite library its statements run on."""

    version: int
    name: str
    sql: str
    after: Callable[[sqlite3.Connection], None] | None = None
    sqlite: tuple[int, int, int] = (3, 24, 0)


#: The triggers that keep the full-text index in step with the articles (migrations 1 and 4 create them).
FTS_TRIGGERS = """
        CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, coalesce(new.title, ''), new.body);
        END;
        CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, body)
            VALUES ('delete', old.seq, coalesce(old.title, ''), old.body);
        END;
        CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, body ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, body)
            VALUES ('delete', old.seq, coalesce(old.title, ''), old.body);
            INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, coalesce(new.title, ''), new.body);
        END;
"""

MIGRATIONS: list[Migration] = [
    Migration(
        1,
        "articles and full-text index",
        """
        -- seq is a stable integer rowid (VACUUM may renumber implicit rowids), used by the FTS index.
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            url TEXT,
            source TEXT,
            title TEXT,
            authors TEXT NOT NULL DEFAULT '[]',
            published TEXT,
            language TEXT,
            body TEXT NOT NULL DEFAULT '',
            record TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_language ON articles(language, published);

        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, content='articles', content_rowid='seq',
            tokenize='unicode61 remove_diacritics 2'
        );
"""
        + FTS_TRIGGERS,
    ),
    Migration(
        2,
        "entities, mentions, quotes and events",
        """
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            type TEXT,
            name TEXT,
            code TEXT,
            wikidata TEXT,
            country TEXT,
            sector TEXT,
            names TEXT NOT NULL DEFAULT '[]',
            roles TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX entities_type ON entities(type);
        CREATE INDEX entities_code ON entities(code);

        CREATE TABLE entity_names (
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            name_norm TEXT NOT NULL,
            PRIMARY KEY (name_norm, entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX entity_names_entity ON entity_names(entity_id);

        CREATE TABLE article_entities (
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (entity_id, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX article_entities_article ON article_entities(article_id);

        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            text TEXT,
            start INTEGER,
            "end" INTEGER
        );
        CREATE INDEX mentions_article ON mentions(article_id);
        CREATE INDEX mentions_entity ON mentions(entity_id);

        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            text TEXT,
            start INTEGER,
            "end" INTEGER,
            direct INTEGER,
            cue TEXT,
            record TEXT NOT NULL,
            UNIQUE (article_id, idx)
        );

        CREATE TABLE quote_speakers (
            quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
            entity_id TEXT REFERENCES entities(id) ON DELETE SET NULL,
            name TEXT,
            name_norm TEXT
        );
        CREATE INDEX quote_speakers_quote ON quote_speakers(quote_id);
        CREATE INDEX quote_speakers_entity ON quote_speakers(entity_id);
        CREATE INDEX quote_speakers_name ON quote_speakers(name_norm);

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            type TEXT,
            mode TEXT,
            date TEXT,
            quad TEXT,
            score REAL,
            confidence REAL,
            location_code TEXT,
            record TEXT NOT NULL,
            UNIQUE (article_id, idx)
        );
        CREATE INDEX events_date ON events(date);
        CREATE INDEX events_type ON events(type, date);

        CREATE TABLE event_actors (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            side TEXT NOT NULL CHECK (side IN ('actor', 'recipient')),
            code TEXT,
            entity_id TEXT REFERENCES entities(id) ON DELETE SET NULL,
            name TEXT,
            sector TEXT
        );
        CREATE INDEX event_actors_code ON event_actors(side, code, event_id);
        CREATE INDEX event_actors_event ON event_actors(event_id, side, code);
        CREATE INDEX event_actors_entity ON event_actors(entity_id);
    """,
    ),
    Migration(
        3,
        "stories (near-duplicate articles grouped)",
        """
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            title TEXT,
            first_published TEXT,
            articles INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX stories_size ON stories(articles);
        CREATE TABLE article_stories (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            similarity REAL,
            like_article TEXT,
            signature BLOB NOT NULL
        );
        CREATE INDEX article_stories_story ON article_stories(story_id);
        CREATE TABLE story_bands (
            band INTEGER NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
        );
        CREATE INDEX story_bands_band ON story_bands(band);
        CREATE INDEX story_bands_article ON story_bands(article_id);
        -- articles stored before this migration get their story when re-analysed; nothing is guessed here
    """,
    ),
    Migration(
        4,
        "event modality columns; the full-text index declared for Datasette",
        """
        -- an event is realised when it is not negated and has no modality (future, intended, hypothetical,
        -- alleged...): counts, dyads and scores read only realised events unless asked
        ALTER TABLE events ADD COLUMN negated INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE events ADD COLUMN modality TEXT;
        ALTER TABLE events ADD COLUMN location_id TEXT;
        ALTER TABLE events ADD COLUMN realised INTEGER GENERATED ALWAYS AS (negated = 0 AND modality IS NULL) VIRTUAL;
        UPDATE events SET
            negated = coalesce(json_extract(record, '$.negated'), 0) <> 0,
            modality = json_extract(record, '$.modality'),
            location_id = json_extract(record, '$.location.id');
        CREATE INDEX events_realised ON events(realised, date);
        CREATE INDEX events_location ON events(location_code);
        CREATE INDEX events_article ON events(article_id);
        -- listings newest first (articles, quotes) walk this index instead of sorting every row
        CREATE INDEX articles_published_seq ON articles(published, seq);

        -- Datasette finds the full-text index of a table by `content="table"` in its declaration (double quotes)
        DROP TRIGGER articles_fts_ai;
        DROP TRIGGER articles_fts_ad;
        DROP TRIGGER articles_fts_au;
        DROP TABLE articles_fts;
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, content="articles", content_rowid="seq",
            tokenize='unicode61 remove_diacritics 2'
        );
"""
        + FTS_TRIGGERS
        + """
        INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
    """,
    ),
    Migration(
        5,
        "inputs already ingested (an interrupted ingest resumes without re-work)",
        """
        -- an input file whose every document was stored: re-ingesting it is skipped while its size and
        -- modification time are unchanged
        CREATE TABLE ingested_inputs (
            path TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            documents INTEGER NOT NULL DEFAULT 0,
            ingested_at TEXT NOT NULL
        ) WITHOUT ROWID;
    """,
    ),
    Migration(
        6,
        "watched sources, the items seen in them, alerts delivered",
        """
        -- one row per feed, sitemap or page that `veille watch` polls, with what resuming needs
        CREATE TABLE watch_sources (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL DEFAULT 'auto',
            interval REAL NOT NULL,
            trusted INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1,
            added_at TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            last_poll TEXT,
            next_poll REAL,
            last_success TEXT,
            last_error TEXT,
            last_error_at TEXT,
            polls INTEGER NOT NULL DEFAULT 0,
            failures INTEGER NOT NULL DEFAULT 0
        );
        -- an item (feed entry, sitemap URL, page version) is fetched and analysed once per source
        CREATE TABLE watch_items (
            source_id INTEGER NOT NULL REFERENCES watch_sources(id) ON DELETE CASCADE,
            item TEXT NOT NULL,
            url TEXT,
            seen_at TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('new', 'duplicate', 'failed')),
            article_id TEXT,
            error TEXT,
            attempts INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (source_id, item)
        ) WITHOUT ROWID;
        CREATE INDEX watch_items_seen ON watch_items(seen_at);
        -- an alert is delivered once per article and target: recorded pending, then marked delivered
        CREATE TABLE alert_deliveries (
            alert TEXT NOT NULL,
            article_id TEXT NOT NULL,
            target TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL,
            delivered_at TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            PRIMARY KEY (alert, article_id, target)
        ) WITHOUT ROWID;
        CREATE INDEX alert_deliveries_pending ON alert_deliveries(delivered_at);
    """,
    ),
    Migration(
        7,
        "stories on datasketch: signatures of another MinHash family, an LSH index in memory",
        """
        -- the signatures are computed again by veille.store.stories.resign (the stories stay as they are); the
        -- bands are no longer stored: the LSH index (MinHashLSH) is built in memory from the signatures
        ALTER TABLE article_stories ADD COLUMN shingles INTEGER NOT NULL DEFAULT 0;
        DROP TABLE story_bands;
    """,
        after=lambda conn: resign(conn),
    ),
    Migration(
        8,
        "mention counts per article and entity; no index of the mentions by entity",
        """
        -- an article writes one leaf of every entity-keyed index per entity it cites: in a store of 10,000 articles
        -- mentions_entity alone was ~19 of an article's ~150 WAL frames (bench/ingest_growth.py). The count of an
        -- entity's mentions is now summed over article_entities, which the article writes anyway, and its
        -- mentions are found through its articles (mentions_article_entity)
        ALTER TABLE article_entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX mentions_article_entity ON mentions(article_id, entity_id);
        UPDATE article_entities SET mentions = (
            SELECT count(*) FROM mentions m
            WHERE m.article_id = article_entities.article_id AND m.entity_id = article_entities.entity_id
        );
        DROP INDEX mentions_entity;
        DROP INDEX mentions_article;
    """,
    ),
    Migration(
        9,
        "no index that another one already holds",
        """
        -- an index whose columns begin another index of the same table: the longer one serves its lookups as well:
        -- articles_published(published) is articles_published_seq(published, seq) (an index entry ends with the
        -- rowid, here seq); events_article(article_id) begins the events' UNIQUE (article_id, idx). Each stored
        -- article wrote both (bench/ingest_growth.py: one leaf each)
        DROP INDEX articles_published;
        DROP INDEX events_article;
    """,
    ),
    Migration(
        10,
        "an entity's dated roles in a table of their own",
        """
        -- the roles were one JSON list in the entity's row, read and rewritten whole by every article citing the
        -- entity with a role of a new day: a row that grew with the days the entity is in the news (a person cited
        -- daily for a year: ~850 roles, 130 KB rewritten per article; bench/ingest_growth.py --days 365). A role
        -- is now a row, added once per (entity, role, text, date) by the first article that gives it; the entity's
        -- roles are its rows in the order they came (seq), side by side in the table (clustered by entity)
        CREATE TABLE entity_roles (
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            role TEXT,
            text TEXT,
            date TEXT,
            article_id TEXT,
            PRIMARY KEY (entity_id, seq)
        ) WITHOUT ROWID;
        CREATE INDEX entity_roles_entity ON entity_roles(entity_id, role, text, date);
        INSERT INTO entity_roles(entity_id, seq, role, text, date, article_id)
            SELECT e.id, r.key + 1,
                CASE r.type WHEN 'object' THEN json_extract(r.value, '$.role') ELSE r.value END,
                CASE r.type WHEN 'object' THEN json_extract(r.value, '$.text') ELSE r.value END,
                CASE r.type WHEN 'object' THEN json_extract(r.value, '$.date') END,
                CASE r.type WHEN 'object' THEN json_extract(r.value, '$.article_id') END
            FROM entities e, json_each(e.roles) r;
        ALTER TABLE entities DROP COLUMN roles;
    """,
        sqlite=(3, 35, 0),  # DROP COLUMN
    ),
    Migration(
        11,
        "no index on the events' realised flag",
        """
        -- events_realised(realised, date) served no query: the store's reads test the flag as a truth value
        -- (WHERE e.realised), which an index cannot look up, and find their events by date (events_date), type
        -- (events_type), actor or article (EXPLAIN QUERY PLAN of every read of the store, API, web and export
        -- tests). Each stored event wrote it (bench/ingest_growth.py: ~2 of an article's WAL frames, large store)
        DROP INDEX events_realised;
    """,
    ),
    Migration(
        12,
        "the recent rows of the entity-keyed tables in small tables of their own, merged in key order",
        # an article's row of article_entities, event_actors or quote_speakers split a packed leaf in the middle of
        # a large B-tree (bench/ingest_growth.py --statements); see veille.store.recent
        RECENT_SQL,
        sqlite=(3, 26, 0),  # ALTER TABLE RENAME that keeps the foreign keys of the other tables
    ),
]

LATEST_VERSION: int = MIGRATIONS[-1].version

__all__ = ["Migration", "MIGRATIONS", "LATEST_VERSION"]
