"""The SQLite connection of a store: opening it (WAL, pragmas), transactions, and applying the migrations
of :mod:`veille.store.migrations` to bring an older database up to date."""

from __future__ import annotations

import logging
import sqlite3
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from ..errors import StoreError
from .migrations import LATEST_VERSION, MIGRATIONS, Migration

log = logging.getLogger(__name__)

# Page cache per connection (KiB). SQLite's default (2 MiB) made ingestion slow down as the
# random-keyed indexes outgrew it (bench/store.py, 20k articles); 64 MiB keeps them in memory.
CACHE_KIB = 65536
#: WAL pages written before SQLite copies them back into the database (a checkpoint). An article dirties ~150 pages
#: of a large store (its rows in a dozen B-trees); at SQLite's default of 1,000 a checkpoint every ~7 articles cost
#: 9 ms an article in a store of 10,000 (1.5 ms in an empty one). 8,000 (32 MB of WAL at most) lets a checkpoint
#: write each page once for many articles (bench/ingest_growth.py). 32,000 (128 MB of WAL at most): in a store of
#: 10,000 an article's ~146 WAL frames hold ~42 distinct pages (the tail pages of the entities it cites, which the
#: next articles dirty again), so a longer window writes each back fewer times: bench/ingest_growth.py side by side
#: (2026-12-03) 6.7 -> 5.4 ms an article in a store of 10,000, 3.8 -> 3.8-4.1 ms in an empty one.
WAL_AUTOCHECKPOINT = 32000
#: Bytes of the database file read through a memory map instead of read() calls into the page cache (SQLite writes
#: through the WAL whatever this is; 0 turns it off). In a store of 10,000 articles (430 MB) an article's writes
#: read the leaves of a dozen entity-keyed indexes scattered over the file: bench/ingest_growth.py side by side
#: (2026-12-03, load 5-8), the ingest CPU per article 4.71 -> 3.92 ms in the large store and 3.73 -> 3.22 ms in an
#: empty one (large / empty, wall: 1.28-1.43 -> 1.18-1.35). 1 GiB of address space: a larger store is mapped in
#: part, the rest read as before. Read-only connections (the web server's) keep SQLite's default: not measured there.
MMAP_BYTES = 1 << 30


def connect(path: str, timeout: float) -> sqlite3.Connection:
    """An autocommit connection to ``path`` with the store's pragmas (WAL, foreign keys, a large cache)."""
    conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: a crash loses no committed txn
        conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    except BaseException:
        conn.close()
        raise
    return conn


def connect_readonly(path: str, timeout: float) -> sqlite3.Connection:
    """A read-only connection (``mode=ro``) to the existing Veille store at ``path``: StoreError, naming the
    path, when there is no such file or it is not a Veille store, or when its schema is older (``veille migrate``
    upgrades it) or newer than this code's. Nothing is ever written through it."""
    conn = connect_readonly_unchecked(path, timeout)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA query_only = ON")
        version = readonly_version(conn, path)
        if version < LATEST_VERSION:
            raise StoreError(
                f"the store's schema (version {version}) is older than this version of Veille's ({LATEST_VERSION}); "
                f"upgrade it first: veille migrate --db {path}",
                source=path,
            )
        if version > LATEST_VERSION:
            raise StoreError(
                f"database schema version {version} is newer than this version of Veille "
                f"supports ({LATEST_VERSION}); upgrade Veille to open it",
                source=path,
            )
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"cannot open as a SQLite database: {exc}", source=path) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def readonly_version(conn: sqlite3.Connection, path: str) -> int:
    """The schema version of a store opened read-only; StoreError when the file is no Veille store."""
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").fetchone()
    if found is None:
        raise StoreError("not a Veille store (no schema_migrations table): check --db", source=path)
    return schema_version(conn)


def upgrade(path: str, timeout: float) -> tuple[int, int]:
    """Apply the migrations an existing store lacks (``veille migrate``); (version before, version after).
    StoreError when there is no store at ``path`` (a mistyped path never becomes a new store)."""
    conn = connect_readonly_unchecked(path, timeout)
    try:
        before = readonly_version(conn, path)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open as a SQLite database: {exc}", source=path) from exc
    finally:
        conn.close()
    if before < LATEST_VERSION:
        log.warning("%s: upgrading the store's schema from version %d to %d", path, before, LATEST_VERSION)
    conn = connect(path, timeout)
    try:
        migrate(conn, path)
        return before, schema_version(conn)
    finally:
        close(conn)


def connect_readonly_unchecked(path: str, timeout: float) -> sqlite3.Connection:
    """A read-only connection to an existing SQLite file, whatever its schema version."""
    target = Path(path)
    if not target.is_file():
        what = "a directory, not a store" if target.is_dir() else "no such store (check --db)"
        raise StoreError(what, source=path)
    uri = f"file:{urllib.parse.quote(str(target.resolve()))}?mode=ro"
    try:
        return sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None, check_same_thread=False)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open as a SQLite database: {exc}", source=path) from exc


def close(conn: sqlite3.Connection) -> None:
    """Let SQLite update its statistics, then close."""
    try:
        if not conn.in_transaction and not conn.execute("PRAGMA query_only").fetchone()[0]:
            conn.execute("PRAGMA optimize")
    except sqlite3.Error:
        pass
    conn.close()


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A transaction, or a savepoint inside the open one (``add_many`` batches)."""
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


class Batch:
    """One transaction for the records of a run, committed every ``records`` records or ``seconds`` seconds
    (:meth:`Store.batched <veille.store.Store.batched>`): each record still goes in whole or not at all (a savepoint
    of its own), and the records of a batch share the pages they write (an entity's index leaves, written to the log
    once for the batch instead of once per record)."""

    def __init__(self, conn: sqlite3.Connection, records: int, seconds: float) -> None:
        if records < 1 or seconds < 0:
            raise StoreError(f"a batch needs records >= 1 and seconds >= 0, got {records} and {seconds}")
        self.conn, self.records, self.seconds = conn, records, seconds
        self.pending = 0  # records stored since the last commit
        self.started = 0.0

    def begin(self) -> None:
        """Open the batch's transaction before a record, unless it is open; StoreError when SQLite rolled back the
        open one (disk full, I/O error): its records are not stored, and saying nothing would report them stored."""
        if self.conn.in_transaction:
            return
        self._rolled_back()
        self.conn.execute("BEGIN IMMEDIATE")
        self.started = time.monotonic()

    def stored(self) -> None:
        """A record was stored: commit when the batch is full or old enough."""
        self.pending += 1
        if self.pending >= self.records or time.monotonic() - self.started >= self.seconds:
            self.commit()

    def commit(self) -> None:
        """Commit the records stored since the last commit (nothing when none is); StoreError, as :meth:`begin`,
        when SQLite rolled them back."""
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")
        else:
            self._rolled_back()
        self.pending = 0

    def _rolled_back(self) -> None:
        """With no transaction open, records counted as stored were rolled back by SQLite: StoreError."""
        if self.pending:
            lost, self.pending = self.pending, 0
            raise StoreError(f"SQLite rolled back the transaction of the last {lost} record(s): not stored, run again")


def schema_version(conn: sqlite3.Connection) -> int:
    """The latest migration applied to the database."""
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return row[0] or 0


def migrate(conn: sqlite3.Connection, source: str) -> None:
    """Apply the migrations the database lacks; StoreError (naming ``source``) for a newer schema."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    current = schema_version(conn)
    if current > LATEST_VERSION:
        raise StoreError(
            f"database schema version {current} is newer than this version of Veille "
            f"supports ({LATEST_VERSION}); upgrade Veille to open it",
            source=source,
        )
    for migration in MIGRATIONS:
        if migration.version > current:
            apply(conn, migration, source)


def apply(conn: sqlite3.Connection, migration: Migration, source: str) -> None:
    """Apply one migration in its own transaction (nothing of it stays when a statement fails)."""
    if sqlite3.sqlite_version_info < migration.sqlite:
        needed = ".".join(map(str, migration.sqlite))
        raise StoreError(
            f"migration {migration.version} ({migration.name}) needs SQLite >= {needed}; this Python's is "
            f"{sqlite3.sqlite_version}: open the store with a Python built on a newer SQLite",
            source=source,
        )
    try:
        with transaction(conn):
            if schema_version(conn) >= migration.version:  # another process got there first
                return
            for statement in split_sql(migration.sql):
                conn.execute(statement)
            if migration.after is not None:
                migration.after(conn)
            conn.execute(
                "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, now()),
            )
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"migration {migration.version} ({migration.name}) failed: {exc}", source=source) from exc
    log.info("%s: applied migration %d (%s)", source, migration.version, migration.name)


def split_sql(script: str) -> Iterator[str]:
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


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")
