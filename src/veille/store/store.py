"""The embedded store: one SQLite file (WAL, FTS5) holding analysed articles and what was found in them.

Any SQLite tool or Datasette can open the file. Re-adding an article with the same id is a no-op, and
each article is written in one transaction, so a killed run loses nothing it reported as added.
The schema lives in :mod:`veille.migrations`.

A ``Store`` wraps one connection: use one per thread.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import InvalidRecord, StoreError
from . import stories
from .migrations import LATEST_VERSION, MIGRATIONS, Migration

log = logging.getLogger(__name__)

MAX_QUERY_CHARS = 1000  # longest full-text query accepted
MAX_QUERY_TERMS = 32  # most terms/phrases in one full-text query
MAX_LIMIT = 10_000  # largest page size any listing accepts
MIN_ID_PREFIX = 6  # shortest article-id prefix that get() resolves
SNIPPET_TOKENS = 16  # tokens of context in a search snippet
SNIPPET_MARKS = ("[", "]")  # around matched terms in snippets
# bm25 column weights (title, body): a match in the title counts 5 times a body match.
# Not tuned on data: the usual title boost of search engines.
BM25_WEIGHTS = (5.0, 1.0)
# Records per transaction in add_many. Tuned with bench/store.py records (4000 synthetic articles,
# shared 2-core machine): batch 1 -> 230 articles/s, 20 -> 390, 100 -> 420, 500 -> 450, 2000 -> 480.
# Gains flatten past a few hundred while a crash would redo more work, hence 500.
ADD_BATCH_SIZE = 500
# Page cache per connection (KiB). SQLite's default (2 MiB) made ingestion slow down as the
# random-keyed indexes outgrew it (bench/store.py, 20k articles); 64 MiB keeps them in memory.
CACHE_KIB = 65536
# Most matching articles that search() ranks by bm25 (the most recently stored ones). Ranking costs
# ~3-7 us per matching article (bench/store.py, 20k articles, shared 2-core machine): 5000 keeps a
# query on a term found in every article near 20 ms, well under the 50 ms p95 target.
RANK_WINDOW = 5000
DYAD_EVENTS_LIMIT = 1000  # events listed in a dyad timeline (counts always cover all of them)

_APOSTROPHES = str.maketrans({c: "'" for c in "’‘ʼ`´′"})
_DATE_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_QUERY_PART_RE = re.compile(r'"([^"]*)"|(\S+)')
_WORD_RE = re.compile(r"\w")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class AddResult:
    """What ``Store.add`` did with one record."""

    id: str
    status: str  # "new" or "duplicate"


def normalise_name(name: str) -> str:
    """The lookup key of an entity name: NFC, casefolded, apostrophes folded, spaces collapsed.

    Accents are kept ("Pérou" and "Perou" stay different names).
    """
    text = unicodedata.normalize("NFC", name).translate(_APOSTROPHES).casefold()
    return " ".join(text.split())


def fts_query(text: str) -> str | None:
    """Turn user text into a safe FTS5 expression: every term is quoted, terms are ANDed.

    ``"a phrase"`` stays a phrase; a term ending in ``*`` is a prefix search. Terms without any
    word character are dropped. Returns None when nothing searchable is left.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise StoreError(f"search query has {len(text)} characters; at most {MAX_QUERY_CHARS} are accepted")
    text = _CONTROL_RE.sub(" ", text)  # a NUL would end the FTS5 string early
    parts: list[str] = []
    for match in _QUERY_PART_RE.finditer(text):
        phrase, term = match.group(1), match.group(2)
        prefix = False
        if phrase is None:
            prefix = term.endswith("*")
            phrase = term.rstrip("*")
        if not _WORD_RE.search(phrase):
            continue
        parts.append('"' + phrase.replace('"', '""') + '"' + ("*" if prefix else ""))
    if len(parts) > MAX_QUERY_TERMS:
        raise StoreError(f"search query has {len(parts)} terms; at most {MAX_QUERY_TERMS} are accepted")
    return " ".join(parts) or None


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _split_sql(script: str) -> Iterator[str]:
    """Split a migration script into complete statements (trigger bodies stay whole)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.strip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""
    if buffer.strip():
        raise StoreError(f"incomplete SQL statement in migration: {buffer.strip()[:80]!r}")


def _entity_id(ent: dict[str, Any]) -> str:
    """An id for an entity the record gave none: stable for the same type and name."""
    key = f"{ent.get('type') or ''}:{normalise_name(ent.get('name') or '')}"
    return "e" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _names_of(ent: dict[str, Any]) -> list[str]:
    """The canonical name and every other known name (``names`` may be a list or a dict per language)."""
    found: list[str] = []
    if ent.get("name"):
        found.append(ent["name"])
    names = ent.get("names") or []
    values = names.values() if isinstance(names, dict) else names
    for value in values:
        found.extend([value] if isinstance(value, str) else list(value or []))
    return [n for n in found if isinstance(n, str) and n.strip()]


def _merge_names(old: list[str], new: list[str]) -> list[str]:
    seen = {normalise_name(n) for n in old}
    merged = list(old)
    for name in new:
        key = normalise_name(name)
        if key not in seen:
            seen.add(key)
            merged.append(name)
    return merged


def _roles_of(ent: dict[str, Any], article_id: str, published: str | None) -> list[dict[str, Any]]:
    roles = []
    for role in ent.get("roles") or []:
        if isinstance(role, str):
            role = {"role": role, "text": role}
        roles.append(
            {
                "role": role.get("role"),
                "text": role.get("text"),
                "date": role.get("date") or published,
                "article_id": role.get("article_id") or article_id,
            }
        )
    return roles


def _merge_roles(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Append new roles; the same (role, text, date) is kept once, with the first article that gave it."""
    seen = {(r.get("role"), r.get("text"), r.get("date")) for r in old}
    merged = list(old)
    for role in new:
        key = (role.get("role"), role.get("text"), role.get("date"))
        if key not in seen:
            seen.add(key)
            merged.append(role)
    return merged


def _ref(value: Any) -> dict[str, Any]:
    """A speaker/actor/location reference as a dict (a bare string is a name, or a code for actors)."""
    return value if isinstance(value, dict) else {"name": value}


class Store:
    """An open Veille database. ``Store(path)`` creates or migrates it; use it as a context manager."""

    def __init__(self, path: str | Path, *, timeout: float = 30.0):
        self.path = str(path)
        memory = self.path == ":memory:" or self.path.startswith("file::memory:")
        if not memory:
            target = Path(path)
            if target.is_dir():
                raise StoreError("is a directory, not a SQLite database", source=self.path)
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the database folder: {exc}", source=self.path) from exc
        self._conn: sqlite3.Connection | None = None
        try:
            self._conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            self._conn.row_factory = sqlite3.Row
            self._conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self._conn.execute("PRAGMA journal_mode = WAL").fetchone()
            self._conn.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: a crash loses no committed txn
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            self._conn.execute("PRAGMA temp_store = MEMORY")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.close()
            raise StoreError(f"cannot open as a SQLite database: {exc}", source=self.path) from exc
        except BaseException:
            self.close()
            raise

    # -- lifecycle -------------------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (idempotent)."""
        if self._conn is None:
            return
        try:
            if not self._conn.in_transaction:
                self._conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        self._conn.close()
        self._conn = None

    @property
    def conn(self) -> sqlite3.Connection:
        """The open sqlite3 connection (autocommit mode; for inspection and tests)."""
        if self._conn is None:
            raise StoreError("the store is closed", source=self.path)
        return self._conn

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """A transaction, or a savepoint inside the open one (``add_many`` batches)."""
        conn = self.conn
        if conn.in_transaction:
            conn.execute("SAVEPOINT nested")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:  # SQLite may already have rolled back (disk full, I/O error)
                    conn.execute("ROLLBACK TO nested")
                    conn.execute("RELEASE nested")
                raise
            conn.execute("RELEASE nested")
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    # -- schema ----------------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        """The latest migration applied to this database."""
        row = self.conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return row[0] or 0

    def _migrate(self) -> None:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        current = self.schema_version
        if current > LATEST_VERSION:
            raise StoreError(
                f"database schema version {current} is newer than this version of Veille "
                f"supports ({LATEST_VERSION}); upgrade Veille to open it",
                source=self.path,
            )
        for migration in MIGRATIONS:
            if migration.version > current:
                self._apply(migration)

    def _apply(self, migration: Migration) -> None:
        try:
            with self._transaction() as conn:
                if self.schema_version >= migration.version:  # another process got there first
                    return
                for statement in _split_sql(migration.sql):
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, _now()),
                )
                conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"migration {migration.version} ({migration.name}) failed: {exc}", source=self.path
            ) from exc
        log.info("%s: applied migration %d (%s)", self.path, migration.version, migration.name)

    # -- writing ---------------------------------------------------------------------------------

    def add(self, record: dict[str, Any]) -> AddResult:
        """Store one analysed article and everything found in it, in one transaction.

        A record whose id is already stored is left alone (status "duplicate"). Entities are merged
        with the stored ones: names and roles are added, never removed; empty fields are filled.
        """
        if not isinstance(record, dict):
            raise InvalidRecord(f"a record must be a dict, got {type(record).__name__}")
        art_id = record.get("id")
        if not isinstance(art_id, str) or not art_id.strip():
            raise InvalidRecord("record has no string 'id'", source=record.get("source"))
        body = record.get("body") or ""
        if not isinstance(body, str):
            raise InvalidRecord(f"record 'body' must be a string, got {type(body).__name__}", source=art_id)
        with self._transaction() as conn:
            try:
                cur = conn.execute(
                    "INSERT OR IGNORE INTO articles(id, url, source, title, authors, published, language, body,"
                    " record, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        art_id,
                        record.get("url"),
                        record.get("source"),
                        record.get("title"),
                        _dumps(record.get("authors") or []),
                        record.get("published"),
                        record.get("language"),
                        body,
                        _dumps({**record, "body": None} if body else record),
                        _now(),
                    ),
                )  # body kept once
                if cur.rowcount == 0:
                    return AddResult(art_id, "duplicate")
                known: set[str] = set()  # entity ids written for this article
                self._write_entities(art_id, record, known)
                self._write_quotes(art_id, record, known)
                self._write_events(art_id, record, known)
                stories.assign(conn, art_id, record)
            except (AttributeError, TypeError, sqlite3.InterfaceError, sqlite3.ProgrammingError) as exc:
                # a field of the wrong shape (a string where a dict is expected, a dict where text is)
                raise InvalidRecord(f"malformed record, nothing stored: {exc}", source=art_id) from exc
        return AddResult(art_id, "new")

    def add_many(self, records: Iterable[dict[str, Any]], *, batch_size: int = ADD_BATCH_SIZE) -> list[AddResult]:
        """Add records in batches of one transaction each (much faster than ``add`` one by one).

        Each record still goes in whole or not at all. When one fails, the records before it are
        committed and the exception propagates; adding the same records again resumes the work.
        """
        if batch_size < 1:
            raise StoreError(f"batch_size must be >= 1, got {batch_size}")
        results: list[AddResult] = []
        batch: list[dict[str, Any]] = []
        for record in records:
            batch.append(record)
            if len(batch) == batch_size:
                results += self._add_batch(batch)
                batch = []
        if batch:
            results += self._add_batch(batch)
        return results

    def _add_batch(self, batch: list[dict[str, Any]]) -> list[AddResult]:
        conn, results = self.conn, []
        conn.execute("BEGIN IMMEDIATE")
        try:
            for record in batch:
                results.append(self.add(record))  # a savepoint each
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")
        return results

    def _upsert_entity(self, ent: dict[str, Any], article_id: str, published: str | None) -> str:
        conn = self.conn
        eid = ent.get("id") or _entity_id(ent)
        names = _names_of(ent)
        roles = _roles_of(ent, article_id, published)
        fields = ("type", "name", "code", "wikidata", "country", "sector")
        values = [ent.get(f) for f in fields]
        row = conn.execute("SELECT * FROM entities WHERE id = ?", (eid,)).fetchone()
        if row is None:
            conn.execute(
                "INSERT INTO entities(id, type, name, code, wikidata, country, sector, names, roles)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (eid, *values, _dumps(_merge_names([], names)), _dumps(_merge_roles([], roles))),
            )
        else:
            old_names, old_roles = json.loads(row["names"]), json.loads(row["roles"])
            new_names, new_roles = _merge_names(old_names, names), _merge_roles(old_roles, roles)
            filled = [row[f] if row[f] is not None else v for f, v in zip(fields, values)]
            if new_names != old_names or new_roles != old_roles or filled != [row[f] for f in fields]:
                conn.execute(
                    "UPDATE entities SET type=?, name=?, code=?, wikidata=?, country=?, sector=?,"
                    " names=?, roles=? WHERE id=?",
                    (*filled, _dumps(new_names), _dumps(new_roles), eid),
                )
        conn.executemany(
            "INSERT OR IGNORE INTO entity_names(entity_id, name_norm) VALUES (?, ?)",
            [(eid, normalise_name(n)) for n in names],
        )
        conn.execute("INSERT OR IGNORE INTO article_entities(entity_id, article_id) VALUES (?, ?)", (eid, article_id))
        return eid

    def _ensure_entity(
        self, ref: dict[str, Any], known: set[str], article_id: str, published: str | None
    ) -> str | None:
        """The entity id a reference points to, creating a minimal entity for an id the record did not list."""
        eid = ref.get("id")
        if not eid:
            return None
        if eid not in known:
            # only the name: an actor's code is its PLOVER code (a person's country), not the entity's code
            self._upsert_entity({"id": eid, "name": ref.get("name")}, article_id, published)
            known.add(eid)
        return eid

    def _write_entities(self, article_id: str, record: dict[str, Any], known: set[str]) -> None:
        published = record.get("published")
        for ent in record.get("entities") or []:
            if not ent.get("id") and not ent.get("name"):
                log.debug("%s: skipped an entity with neither id nor name", article_id)
                continue
            eid = self._upsert_entity(ent, article_id, published)
            known.add(eid)
            self.conn.executemany(
                'INSERT INTO mentions(article_id, entity_id, text, start, "end") VALUES (?, ?, ?, ?, ?)',
                [(article_id, eid, m.get("text"), m.get("start"), m.get("end")) for m in ent.get("mentions") or []],
            )

    def _write_quotes(self, article_id: str, record: dict[str, Any], known: set[str]) -> None:
        conn, published = self.conn, record.get("published")
        for idx, quote in enumerate(record.get("quotes") or []):
            cur = conn.execute(
                'INSERT INTO quotes(article_id, idx, text, start, "end", direct, cue, record)'
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    idx,
                    quote.get("text"),
                    quote.get("start"),
                    quote.get("end"),
                    None if quote.get("direct") is None else int(bool(quote["direct"])),
                    quote.get("cue"),
                    _dumps(quote),
                ),
            )
            speakers = [_ref(s) for s in quote.get("speakers") or []]
            conn.executemany(
                "INSERT INTO quote_speakers(quote_id, entity_id, name, name_norm) VALUES (?, ?, ?, ?)",
                [
                    (
                        cur.lastrowid,
                        self._ensure_entity(s, known, article_id, published),
                        s.get("name"),
                        normalise_name(s["name"]) if s.get("name") else None,
                    )
                    for s in speakers
                ],
            )

    def _write_events(self, article_id: str, record: dict[str, Any], known: set[str]) -> None:
        conn, published = self.conn, record.get("published")
        for idx, event in enumerate(record.get("events") or []):
            location = _ref(event.get("location")) if event.get("location") else {}
            self._ensure_entity(location, known, article_id, published)
            cur = conn.execute(
                "INSERT INTO events(article_id, idx, type, mode, date, quad, score, confidence, location_code,"
                " record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    idx,
                    event.get("type"),
                    event.get("mode"),
                    event.get("date") or published,
                    event.get("quad"),
                    event.get("score"),
                    event.get("confidence"),
                    location.get("code"),
                    _dumps(event),
                ),
            )
            rows = []
            for side, key in (("actor", "actors"), ("recipient", "recipients")):
                for ref in event.get(key) or []:
                    ref = ref if isinstance(ref, dict) else {"code": ref}
                    code = ref.get("code").upper() if isinstance(ref.get("code"), str) else None
                    rows.append(
                        (
                            cur.lastrowid,
                            side,
                            code,
                            self._ensure_entity(ref, known, article_id, published),
                            ref.get("name"),
                            ref.get("sector"),
                        )
                    )
            conn.executemany(
                "INSERT INTO event_actors(event_id, side, code, entity_id, name, sector) VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )

    # -- articles --------------------------------------------------------------------------------

    def get(self, article_id: str) -> dict[str, Any] | None:
        """The stored record of an article, by full id or by a unique id prefix of at least 6 characters."""
        key = article_id.strip()
        row = self.conn.execute("SELECT record, body FROM articles WHERE id = ?", (key,)).fetchone()
        if row is None and len(key) >= MIN_ID_PREFIX:
            rows = self.conn.execute(
                "SELECT id, record, body FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 3",
                (key, key + "\U0010ffff"),
            ).fetchall()
            if len(rows) > 1:
                shown = ", ".join(r["id"][:12] for r in rows)
                raise StoreError(f"ambiguous article id prefix {key!r}: it matches several articles ({shown}...)")
            row = rows[0] if rows else None
        if row is None:
            return None
        record = json.loads(row["record"])
        if record.get("body") is None and row["body"]:
            record["body"] = row["body"]
        return record

    def iter_records(self, since: str | None = None) -> Iterator[dict[str, Any]]:
        """Every stored record, in the order stored (streamed: memory stays flat on a large store);
        ``since`` keeps articles published on or after that ISO date."""
        sql = "SELECT record, body FROM articles"
        params: tuple = ()
        if since:
            sql += " WHERE published >= ?"
            params = (_check_date(since, "since"),)
        for row in self.conn.execute(sql + " ORDER BY seq", params):
            record = json.loads(row["record"])
            if record.get("body") is None and row["body"]:
                record["body"] = row["body"]
            yield record

    def count(self) -> int:
        """Number of stored articles."""
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def list_articles(self, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Articles, newest published first (undated last): id, title, published, language, source."""
        if offset < 0:
            raise StoreError(f"offset must be >= 0, got {offset}")
        rows = self.conn.execute(
            "SELECT id, title, published, language, source FROM articles"
            " ORDER BY published DESC, seq DESC LIMIT ? OFFSET ?",
            (_limit(limit), offset),
        ).fetchall()
        return [dict(r) for r in rows]

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over titles and bodies, best first (bm25), with a snippet of the body.

        Any text is accepted: terms are quoted, so FTS5 operators in it are searched as words.
        When more than ``RANK_WINDOW`` articles match, only the most recently stored ones of them
        are ranked (a term that common carries little relevance signal anyway).
        Each hit: id, title, published, language, source, snippet, score (lower is better).
        """
        expr = fts_query(query)
        if expr is None:
            return []
        limit = _limit(limit)
        conn = self.conn
        try:
            floor = conn.execute(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                (expr, max(RANK_WINDOW, limit) - 1),
            ).fetchone()
            top = conn.execute(
                "SELECT rowid, bm25(articles_fts, ?, ?) AS score FROM articles_fts"
                " WHERE articles_fts MATCH ? AND rowid >= ? ORDER BY score LIMIT ?",
                (*BM25_WEIGHTS, expr, floor[0] if floor else 0, limit),
            ).fetchall()
            if not top:
                return []
            marks = ",".join("?" * len(top))
            rows = conn.execute(
                "SELECT articles_fts.rowid AS seq, a.id, a.title, a.published, a.language, a.source,"
                " snippet(articles_fts, 1, ?, ?, '…', ?) AS snippet"
                " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid"
                f" WHERE articles_fts MATCH ? AND articles_fts.rowid IN ({marks})",
                (*SNIPPET_MARKS, SNIPPET_TOKENS, expr, *[r[0] for r in top]),
            ).fetchall()
        except sqlite3.OperationalError as exc:  # should not happen: the expression is fully quoted
            raise StoreError(f"search failed for {query!r}: {exc}") from exc
        by_seq = {r["seq"]: r for r in rows}
        hits = []
        for seq, score in top:
            hit = {k: by_seq[seq][k] for k in ("id", "title", "published", "language", "source", "snippet")}
            hits.append({**hit, "score": score})
        return hits

    def summary(self) -> dict[str, Any]:
        """Counts: articles (total and per language), entities by type, quotes, events by type, date range."""
        conn = self.conn
        first, last = conn.execute("SELECT min(published), max(published) FROM articles").fetchone()
        grouped = lambda sql: {k: n for k, n in conn.execute(sql).fetchall()}  # noqa: E731
        return {
            "articles": self.count(),
            "languages": grouped("SELECT language, count(*) FROM articles GROUP BY language ORDER BY 2 DESC"),
            "entities": grouped("SELECT type, count(*) FROM entities GROUP BY type ORDER BY 2 DESC"),
            "quotes": conn.execute("SELECT count(*) FROM quotes").fetchone()[0],
            "events": grouped("SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC"),
            "published": {"first": first, "last": last},
            "stories": conn.execute("SELECT count(*) FROM stories").fetchone()[0],
        }

    # -- stories ---------------------------------------------------------------------------------

    def stories(self, limit: int = 20, min_articles: int = 2) -> list[dict[str, Any]]:
        """Stories told by at least ``min_articles`` stored articles, largest and newest first."""
        rows = self.conn.execute(
            "SELECT * FROM stories WHERE articles >= ? ORDER BY articles DESC, first_published DESC LIMIT ?",
            (min_articles, _limit(limit)),
        ).fetchall()
        return [self.story(r["id"]) for r in rows]

    def story(self, story_id: int) -> dict[str, Any] | None:
        """One story and its articles (with each one's similarity to the article it was matched with)."""
        row = self.conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            return None
        members = self.conn.execute(
            "SELECT a.id, a.title, a.published, a.language, a.source, s.similarity, s.like_article"
            " FROM article_stories s JOIN articles a ON a.id = s.article_id WHERE s.story_id = ?"
            " ORDER BY a.published, a.seq",
            (story_id,),
        ).fetchall()
        return {
            "id": row["id"],
            "title": row["title"],
            "first_published": row["first_published"],
            "articles": [dict(m) for m in members],
        }

    def story_of(self, article_id: str) -> int | None:
        row = self.conn.execute("SELECT story_id FROM article_stories WHERE article_id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    # -- entities --------------------------------------------------------------------------------

    _ENTITY_SQL = (
        "SELECT e.*, (SELECT count(*) FROM article_entities ae WHERE ae.entity_id = e.id) AS articles FROM entities e"
    )

    def find_entities(self, name: str) -> list[dict[str, Any]]:
        """Entities known by this name (any name seen, normalised) or with this code, most cited first."""
        rows = self.conn.execute(
            self._ENTITY_SQL + " WHERE e.id IN (SELECT entity_id FROM entity_names WHERE name_norm = ?)"
            " OR e.code = ? ORDER BY articles DESC, e.name",
            (normalise_name(name), name.strip().upper()),
        ).fetchall()
        return [_entity_dict(r) for r in rows]

    def entity(self, entity_id: str) -> dict[str, Any] | None:
        """One entity with its names, roles (with dates), mention count and article ids (newest first)."""
        row = self.conn.execute(self._ENTITY_SQL + " WHERE e.id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        result = _entity_dict(row)
        result["article_ids"] = [
            r[0]
            for r in self.conn.execute(
                "SELECT a.id FROM article_entities ae JOIN articles a ON a.id = ae.article_id"
                " WHERE ae.entity_id = ? ORDER BY a.published DESC, a.seq DESC",
                (entity_id,),
            )
        ]
        result["mentions"] = self.conn.execute(
            "SELECT count(*) FROM mentions WHERE entity_id = ?", (entity_id,)
        ).fetchone()[0]
        return result

    def list_entities(self, type: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Entities (optionally of one type: PERSON, ORG, GPE, LOC), most cited first, with article counts."""
        rows = self.conn.execute(
            "SELECT e.*, count(ae.article_id) AS articles FROM entities e"
            " LEFT JOIN article_entities ae ON ae.entity_id = e.id WHERE ?1 IS NULL OR e.type = ?1"
            " GROUP BY e.id ORDER BY articles DESC, e.name LIMIT ?2",
            (type.upper() if type else None, _limit(limit)),
        ).fetchall()
        return [_entity_dict(r) for r in rows]

    # -- quotes and events -----------------------------------------------------------------------

    def quotes(self, speaker: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Quotes, newest article first; ``speaker`` is an entity id or any name of the speaker."""
        where, params = "", []
        if speaker:
            norm = normalise_name(speaker)
            where = (
                " WHERE q.id IN (SELECT quote_id FROM quote_speakers WHERE name_norm = ? OR entity_id = ?"
                " OR entity_id IN (SELECT entity_id FROM entity_names WHERE name_norm = ?))"
            )
            params = [norm, speaker, norm]
        rows = self.conn.execute(
            "SELECT q.article_id, q.idx, q.record, a.published, a.title FROM quotes q"
            f" JOIN articles a ON a.id = q.article_id{where} ORDER BY a.published DESC, a.seq DESC, q.idx LIMIT ?",
            (*params, _limit(limit)),
        ).fetchall()
        return [
            {
                **json.loads(r["record"]),
                "article_id": r["article_id"],
                "idx": r["idx"],
                "published": r["published"],
                "title": r["title"],
            }
            for r in rows
        ]

    def events(
        self,
        actor: str | None = None,
        recipient: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 100,
    ) -> list[dict[str, Any]]:
        """Events, newest first, filtered by actor/recipient code, PLOVER type and date range (inclusive).

        Each event is its stored record plus ``article_id`` and ``idx``; an event without its own date
        carries the article's publication date.
        """
        clauses, params = [], []
        for side, code in (("actor", actor), ("recipient", recipient)):
            if code:
                clauses.append("e.id IN (SELECT event_id FROM event_actors WHERE side = ? AND code = ?)")
                params += [side, code.strip().upper()]
        if type:
            clauses.append("e.type = ?")
            params.append(type.strip().upper())
        if since:
            clauses.append("e.date >= ?")
            params.append(_check_date(since, "since"))
        if until:
            clauses.append("e.date < ?")  # a prefix-aware inclusive bound: until=2025-04 includes 2025-04-30
            params.append(_check_date(until, "until") + "\U0010ffff")
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.conn.execute(
            f"SELECT e.article_id, e.idx, e.date, e.record FROM events e{where}"
            " ORDER BY e.date DESC, e.id DESC LIMIT ?",
            (*params, _limit(limit)),
        ).fetchall()
        return [
            {**json.loads(r["record"]), "date": r["date"], "article_id": r["article_id"], "idx": r["idx"]} for r in rows
        ]

    def dyad(self, a: str, b: str, limit: int = DYAD_EVENTS_LIMIT) -> dict[str, Any]:
        """Events between actor codes ``a`` and ``b`` in either direction.

        Returns the counts by direction, by PLOVER type and by month (YYYY-MM), the mean score, and
        the timeline of the latest ``limit`` events in date order.
        """
        a, b = a.strip().upper(), b.strip().upper()
        one_way = (
            "SELECT x.event_id AS id, ? AS dir FROM event_actors x JOIN event_actors y"
            " ON y.event_id = x.event_id AND y.side = 'recipient' AND y.code = ?"
            " WHERE x.side = 'actor' AND x.code = ?"
        )
        rows = self.conn.execute(
            "SELECT e.id, e.article_id, e.idx, e.type, e.mode, e.date, e.score, group_concat(DISTINCT d.dir) AS dirs"
            f" FROM ({one_way} UNION {one_way}) d JOIN events e ON e.id = d.id GROUP BY e.id ORDER BY e.date, e.id",
            ("a->b", b, a, "b->a", a, b),
        ).fetchall()
        directions: Counter[str] = Counter()
        timeline = []
        for r in rows:
            direction = r["dirs"] if "," not in r["dirs"] else "both"
            directions[direction] += 1
            timeline.append(
                {
                    "article_id": r["article_id"],
                    "idx": r["idx"],
                    "date": r["date"],
                    "type": r["type"],
                    "mode": r["mode"],
                    "score": r["score"],
                    "direction": direction,
                }
            )
        scores = [r["score"] for r in rows if r["score"] is not None]
        return {
            "a": a,
            "b": b,
            "total": len(rows),
            "by_direction": dict(directions),
            "by_type": dict(Counter(r["type"] for r in rows).most_common()),
            "by_month": dict(
                sorted(Counter((r["date"] or "")[:7] or None for r in rows).items(), key=lambda kv: kv[0] or "")
            ),
            "mean_score": sum(scores) / len(scores) if scores else None,
            "events": timeline[-_limit(limit) :],
        }


def _entity_dict(row: sqlite3.Row) -> dict[str, Any]:
    result = {k: row[k] for k in ("id", "type", "name", "code", "wikidata", "country", "sector")}
    result["names"] = json.loads(row["names"])
    result["roles"] = json.loads(row["roles"])
    result["articles"] = row["articles"]
    return result


def _limit(limit: int) -> int:
    if not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise StoreError(f"limit must be an integer between 1 and {MAX_LIMIT}, got {limit!r}")
    return limit


def _check_date(value: str, name: str) -> str:
    value = value.strip()
    if not _DATE_RE.fullmatch(value):
        raise StoreError(f"{name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got {value!r}")
    return value


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


__all__ = [
    "Store",
    "AddResult",
    "normalise_name",
    "fts_query",
    "MAX_QUERY_CHARS",
    "MAX_QUERY_TERMS",
    "MAX_LIMIT",
    "MIN_ID_PREFIX",
    "RANK_WINDOW",
    "ADD_BATCH_SIZE",
]
