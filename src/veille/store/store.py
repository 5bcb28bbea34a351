"""The embedded store: one SQLite file (WAL, FTS5) holding analysed articles and what was found in them.

Any SQLite tool or Datasette can open the file. Re-adding an article with the same id is a no-op, and
each article is written whole or not at all (one transaction; in ``Store.batched``, as ``veille ingest`` stores, a
savepoint in a transaction committed every few records), so a killed run loses nothing committed, and at most the
open batch of what it reported as added (running it again stores that). The schema lives in
:mod:`veille.store.migrations`.

A ``Store`` wraps one connection: use one per thread. Its methods are the store's whole interface; the
work is done by the modules they call (:mod:`.writing` writes, :mod:`.articles`, :mod:`.entities`,
:mod:`.quotes_events`, :mod:`.dyads` and :mod:`.stories` read).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import InvalidRecord, StoreError
from . import (
    actors,
    articles,
    connection,
    dyads,
    entities,
    events_query,
    graph,
    quotes_events,
    recent,
    related_query,
    stories,
    writing,
)
from .filters import EventFilter
from .writing import AddResult

# Records per transaction in add_many. Tuned with bench/store.py records (4000 synthetic articles,
# shared 2-core machine): batch 1 -> 230 articles/s, 20 -> 390, 100 -> 420, 500 -> 450, 2000 -> 480.
# Gains flatten past a few hundred while a crash would redo more work, hence 500.
ADD_BATCH_SIZE = 500
#: ``Store.batched`` (what ``veille ingest`` and ``veille load`` store through): a commit every COMMIT_RECORDS records
#: or COMMIT_SECONDS seconds after the batch's first, whichever comes first. One transaction per article wrote the
#: pages that consecutive articles share (the tables' last leaves, the full-text index, the story tables, the index
#: leaves of the entities they share) to the log once per article; a batch writes them once. bench/ingest_growth.py
#: (docs/benchmarks.md "Stop 31 (ingest)"): an article's write 4.7-5.7 -> 3.5-4.2 ms in a store of 10,000, 3.5-4.7
#: -> 2.6-3.2 ms in an empty one; batches of 10, 50 or 100 gain little more. A killed process loses the records of the
#: open batch at most: running again stores them.
COMMIT_RECORDS = 20
COMMIT_SECONDS = 0.5

log = logging.getLogger(__name__)


def migrate(path: str | Path, *, timeout: float = 30.0) -> tuple[int, int]:
    """Upgrade the existing store at ``path`` to this version's schema (``veille migrate``): the schema versions
    before and after. StoreError when there is no store there (it is never created)."""
    return connection.upgrade(str(path), timeout)


class Store:
    """An open Veille database. ``Store(path)`` creates or migrates it; ``Store(path, readonly=True)`` opens an
    existing store for reading only (``mode=ro``: StoreError when the file is missing, no Veille store, or of an
    older schema: :func:`migrate` upgrades it). Use it as a context manager."""

    def __init__(self, path: str | Path, *, timeout: float = 30.0, readonly: bool = False) -> None:
        self.path = str(path)
        self.readonly = readonly
        self._conn: sqlite3.Connection | None = None
        self._stories: stories.StoryIndex | None = None  # the LSH index of story signatures, built on first add
        self._batch: connection.Batch | None = None  # the open batch of ``batched``
        self._recent = recent.Held()  # the articles whose rows the recent tables hold (:mod:`.recent`)
        memory = self.path == ":memory:" or self.path.startswith("file::memory:")
        if readonly:
            self._conn = connection.connect_readonly(self.path, timeout)
            return
        if not memory:
            target = Path(path)
            if target.is_dir():
                raise StoreError("is a directory, not a SQLite database", source=self.path)
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the database folder: {exc}", source=self.path) from exc
        try:
            self._conn = connection.connect(self.path, timeout)
            connection.migrate(self._conn, self.path)
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
        if self._conn is not None:
            connection.close(self._conn)
            self._conn = None

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._conn is None

    @property
    def conn(self) -> sqlite3.Connection:
        """The open sqlite3 connection (autocommit mode; for inspection and tests)."""
        if self._conn is None:
            raise StoreError("the store is closed", source=self.path)
        return self._conn

    @property
    def schema_version(self) -> int:
        """The latest migration applied to this database."""
        return connection.schema_version(self.conn)

    # -- writing ---------------------------------------------------------------------------------

    def add(self, record: dict[str, Any], ready: writing.Ready | None = None) -> AddResult:
        """Store one analysed article and everything found in it, in one transaction.

        A record whose id is already stored is left alone (status "duplicate"). Entities are merged
        with the stored ones: names and roles are added, never removed; empty fields are filled. ``ready``: what
        was computed of the record beforehand (:func:`writing.ready_of`, in a worker process).
        """
        art_id = writing.check_record(record)
        if self._batch is not None:
            self._batch.begin()
        with connection.transaction(self.conn) as conn:  # a savepoint in a batch's transaction
            try:
                if self._stories is None:
                    self._stories = stories.StoryIndex()
                held = self._recent.count(conn)  # before the record's rows
                result = writing.write_record(conn, art_id, record, self._stories, ready)
                held = recent.after_write(conn, held, result.status == "new")  # merged, when due, in the transaction
            except (AttributeError, TypeError, sqlite3.InterfaceError, sqlite3.ProgrammingError) as exc:
                # a field of the wrong shape (a string where a dict is expected, a dict where text is)
                raise InvalidRecord(f"malformed record, nothing stored: {exc}", source=art_id) from exc
        self._recent.articles = held
        if self._batch is not None:
            self._batch.stored()
        return result

    def merge_recent(self) -> None:
        """Move the rows of the recent tables into the main ones now (:mod:`.recent`), in a transaction."""
        with connection.transaction(self.conn) as conn:
            recent.merge(conn)
        self._recent.articles = 0

    @contextmanager
    def batched(self, records: int = COMMIT_RECORDS, seconds: float = COMMIT_SECONDS) -> Iterator[Store]:
        """Within it, :meth:`add` commits every ``records`` records or ``seconds`` seconds instead of each record
        (each record still whole or not at all: a failed one leaves the others of its batch, and the run goes on),
        and what is written between two records (``veille ingest``'s inputs done) joins the open batch. On leaving
        it, even by an exception, the records stored are committed. The age is checked as a record is stored: the
        batch stays open while the caller prepares the next one. A killed process loses the records of the open
        batch: ``veille ingest`` run again stores them, as it stores the inputs it had not reached."""
        if self._batch is not None:
            raise StoreError("the store is already in a batch")
        self._batch = batch = connection.Batch(self.conn, records, seconds)
        try:
            yield self
        except BaseException:
            pending = batch.pending
            try:
                batch.commit()
            except (sqlite3.Error, StoreError) as exc:  # the exception under way says more; this one is logged
                log.warning("%s: the last %d record(s) not stored: %s", self.path, pending, exc)
            raise
        else:
            batch.commit()
        finally:
            self._batch = None

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

    # -- articles --------------------------------------------------------------------------------

    def get(self, article_id: str) -> dict[str, Any] | None:
        """The stored record of an article, by full id or by a unique id prefix of at least 6 characters."""
        return articles.get(self.conn, article_id)

    def iter_records(self, since: str | None = None) -> Iterator[dict[str, Any]]:
        """Every stored record, in the order stored (streamed: memory stays flat on a large store);
        ``since`` keeps articles published on or after that ISO date."""
        yield from articles.iter_records(self.conn, since)

    def count(self) -> int:
        """Number of stored articles."""
        return articles.count(self.conn)

    def list_articles(self, limit: int = 20, offset: int = 0, language: str | None = None) -> list[dict[str, Any]]:
        """Articles, newest published first (undated last): id, title, published, language, source."""
        return articles.list_articles(self.conn, limit, offset, language)

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Full-text search over titles and bodies, best first (bm25), with a snippet of the body
        (see :func:`veille.store.articles.search`)."""
        return articles.search(self.conn, query, limit, offset)

    def count_matches(self, query: str) -> int:
        """How many articles a full-text query matches."""
        return articles.count_matches(self.conn, query)

    def summary(self, include_unrealised: bool = False) -> dict[str, Any]:
        """Counts: articles (total and per language), entities by type, quotes, events by type (realised ones
        unless ``include_unrealised``), date range."""
        return articles.summary(self.conn, include_unrealised)

    # -- stories ---------------------------------------------------------------------------------

    def stories(self, limit: int = 20, min_articles: int = 2) -> list[dict[str, Any]]:
        """Stories told by at least ``min_articles`` stored articles, largest and newest first."""
        return stories.stories(self.conn, limit, min_articles)

    def story(self, story_id: int) -> dict[str, Any] | None:
        """One story and its articles (with each one's similarity to the article it was matched with)."""
        return stories.story(self.conn, story_id)

    def related(
        self, since: str | None = None, until: str | None = None, limit: int = 20, min_articles: int = 2
    ) -> list[dict[str, Any]]:
        """Stories across outlets and languages (near-copy stories pooled, grouped by shared events, actors, places,
        people and speakers within days), in a window of publication dates (default: the store's last month)."""
        return related_query.related_stories(self.conn, since, until, limit, min_articles)

    def story_of(self, article_id: str) -> int | None:
        """The story an article belongs to."""
        return stories.story_of(self.conn, article_id)

    # -- entities --------------------------------------------------------------------------------

    def find_entities(self, name: str, *, counted: bool = True) -> list[dict[str, Any]]:
        """Entities known by this name (any name seen, normalised) or with this code, most cited first; with
        ``counted`` false, by name and without their article counts (which grow with the store)."""
        return entities.find_entities(self.conn, name, counted=counted)

    def known_entities(self, ids: list[str]) -> set[str]:
        """Which of ``ids`` are stored entities (one query, however many articles cite them)."""
        return entities.known_ids(self.conn, ids)

    def entity(self, entity_id: str, with_articles: bool = True) -> dict[str, Any] | None:
        """One entity with its names, roles (with dates), mention count and article ids (newest first)."""
        return entities.entity(self.conn, entity_id, with_articles)

    def list_entities(self, type: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Entities (optionally of one type: PERSON, ORG, GPE, LOC), most cited first, with article counts."""
        return entities.list_entities(self.conn, type, limit, offset)

    def count_entities(self, type: str | None = None) -> int:
        """How many entities (of one type)."""
        return entities.count_entities(self.conn, type)

    def actor(
        self, entity_id: str, include_unrealised: bool = False, newest: list[str] | None = None
    ) -> dict[str, Any]:
        """What an actor page shows of an entity: events as actor and recipient by month, the entities cited
        with it, and how its mentions were merged (see :mod:`veille.store.actors`) in its ``newest`` articles
        (ids; read here when not given)."""
        if newest is None:
            newest = [a["id"] for a in actors.articles_of(self.conn, entity_id, actors.EXPLAIN_MAX_ARTICLES)]
        return {
            "events_by_month": actors.events_by_month(self.conn, entity_id, include_unrealised),
            "cooccurring": actors.cooccurring(self.conn, entity_id),
            "merges": actors.merges(self.conn, entity_id, newest),
        }

    def articles_of(self, entity_id: str, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """The articles citing an entity, newest first, with their titles."""
        return actors.articles_of(self.conn, entity_id, limit, offset)

    # -- quotes and events -----------------------------------------------------------------------

    def quotes(
        self, speaker: str | None = None, limit: int = 50, offset: int = 0, about: str | None = None
    ) -> list[dict[str, Any]]:
        """Quotes, newest article first; ``speaker`` is an entity id or any name of the speaker, ``about`` an
        entity id the quote mentions."""
        return quotes_events.quotes(self.conn, speaker, limit, offset, about)

    def count_quotes(self, speaker: str | None = None, about: str | None = None) -> int:
        """How many quotes ``quotes`` would list without a limit."""
        return quotes_events.count_quotes(self.conn, speaker, about)

    def events(
        self,
        actor: str | None = None,
        recipient: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 100,
        include_unrealised: bool = False,
    ) -> list[dict[str, Any]]:
        """Events, newest first, filtered by actor/recipient code, PLOVER type and date range (inclusive),
        realised ones unless ``include_unrealised``; see :func:`veille.store.quotes_events.events`."""
        return quotes_events.events(self.conn, actor, recipient, type, since, until, limit, include_unrealised)

    def find_events(self, filt: EventFilter, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """One page of the events an :class:`EventFilter` keeps, newest first."""
        return events_query.list_events(self.conn, filt, limit, offset)

    def count_events(self, filt: EventFilter) -> int:
        """How many events an :class:`EventFilter` keeps."""
        return events_query.count_events(self.conn, filt)

    def event_facets(self, filt: EventFilter) -> dict[str, list[dict[str, Any]]]:
        """Facet counts of the events a filter keeps (by type, mode, actor, recipient, place, language, status)."""
        return events_query.facets(self.conn, filt)

    def dyad(
        self, a: str, b: str, limit: int = dyads.DYAD_EVENTS_LIMIT, include_unrealised: bool = False
    ) -> dict[str, Any]:
        """Events between actor codes ``a`` and ``b`` in either direction (see :func:`veille.store.dyads.dyad`)."""
        return dyads.dyad(self.conn, a, b, limit, include_unrealised)

    def network(self, filt: EventFilter) -> dict[str, Any]:
        """Actors as nodes, events as weighted edges (see :func:`veille.store.graph.network`)."""
        return graph.network(self.conn, filt)

    def places(self, filt: EventFilter) -> list[dict[str, Any]]:
        """The places of events with their counts (see :func:`veille.store.graph.places`)."""
        return graph.places(self.conn, filt)


__all__ = ["Store", "AddResult", "ADD_BATCH_SIZE", "COMMIT_RECORDS", "COMMIT_SECONDS", "migrate"]
