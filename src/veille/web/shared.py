"""The response cache the worker processes of ``veille serve --workers N`` share: an SQLite file of their own (in
a temporary directory the supervisor makes and removes, never beside the store), so that a page one worker has
made is read by the others instead of made again. Each worker still keeps its own cache in memory
(:class:`~veille.web.cache.ResponseCache`) and asks this one only when its own misses.

A store's generation (``PRAGMA data_version``) is a number of one connection, not comparable between processes,
so the shared file keeps its own: an *epoch*, which a worker increments whenever its own generation has changed
since it last looked (every worker sees every commit, and each increments the epoch once for it: the first one
to see the commit leaves the entries made before it behind). An entry is tagged with the epoch read before its
page was computed, and found only while the epoch is still that one. A page computed from a read made before a
commit is so tagged with an epoch older than the one any worker reads after seeing the commit, and is never
served once a request has come after the commit -- the same promise as the cache in memory.

Any error of the shared file (busy, full, removed) is a miss: the worker computes the page itself.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from starlette.types import Message

log = logging.getLogger(__name__)

#: responses kept in the shared file (the newest ones): four times a worker's own cache
#: (:data:`veille.web.cache.RESPONSES`)
SHARED_RESPONSES = 4096
#: and bytes of response bodies, all together: twice a worker's own cache (:data:`veille.web.cache.RESPONSE_BYTES`)
SHARED_BYTES = 128 * 1024 * 1024
#: how long a worker waits for another's write to the shared file before it counts the lookup as a miss (s): a
#: write holds the file for well under a millisecond
SHARED_TIMEOUT = 0.5
#: the oldest entries beyond :data:`SHARED_RESPONSES` are dropped once every so many entries written
TRIM_EVERY = 64

SCHEMA = """
CREATE TABLE IF NOT EXISTS epoch (n INTEGER NOT NULL);
INSERT INTO epoch SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM epoch);
CREATE TABLE IF NOT EXISTS responses (key BLOB PRIMARY KEY, epoch INTEGER NOT NULL, status INTEGER NOT NULL,
    headers BLOB NOT NULL, body BLOB NOT NULL);
"""


def connect(path: str) -> sqlite3.Connection:
    """A connection to the shared file (made when missing): WAL, no fsync (it is a cache: lost at a crash)."""
    conn = sqlite3.connect(path, timeout=SHARED_TIMEOUT, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = OFF")
        conn.executescript(SCHEMA)
    except BaseException:
        conn.close()
        raise
    return conn


def create(path: str) -> None:
    """Make the shared file at ``path`` (the supervisor, before it starts the workers)."""
    connect(path).close()


def pack(headers: list[tuple[bytes, bytes]]) -> bytes:
    """Response headers as one blob (a header never holds CR or LF)."""
    return b"\r\n".join(name + b": " + value for name, value in headers)


def unpack(blob: bytes) -> list[tuple[bytes, bytes]]:
    return [(name, value) for name, _, value in (line.partition(b": ") for line in blob.split(b"\r\n") if line)]


class SharedResponses:
    """The shared cache of one worker process: :meth:`epoch` at each request its own cache misses, then
    :meth:`get`; :meth:`put` the response it made. Reads go through a connection of the event loop's (in WAL
    mode a read never waits for a writer); every write -- a response kept, the epoch advanced -- through another,
    in a thread of its own, so that the event loop never waits while another worker process writes."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.reader: sqlite3.Connection | None = None
        self.writer_conn: sqlite3.Connection | None = None
        self.lock = threading.Lock()  # the reader's (the application may be served from more than one thread)
        self.seen: int | None = None  # the generation of the store this worker last saw
        self.written = 0
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="veille-shared")

    async def epoch(self, generation: int) -> int | None:
        """The shared epoch once this worker has seen ``generation`` of the store (it advances the epoch when the
        generation is not the one it saw last: a commit, or its first request); None when the shared file cannot
        be used now."""
        if generation != self.seen:
            if not await asyncio.get_running_loop().run_in_executor(self.writer, self.advance):
                return None
            self.seen = generation
        with self.lock:
            try:
                self.reader = self.reader or connect(self.path)
                return int(self.reader.execute("SELECT n FROM epoch").fetchone()[0])
            except sqlite3.Error as exc:
                log.debug("shared response cache %s: %s", self.path, exc)
                return None

    def advance(self) -> bool:
        """Advance the epoch, dropping the entries of the older ones (in the writer thread); False on failure."""
        try:
            conn = self.writer_conn = self.writer_conn or connect(self.path)
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("UPDATE epoch SET n = n + 1")
                conn.execute("DELETE FROM responses WHERE epoch < (SELECT n FROM epoch)")
            return True
        except sqlite3.Error as exc:
            log.debug("shared response cache %s: %s", self.path, exc)
            return False

    def get(self, key: bytes, epoch: int) -> tuple[Message, bytes] | None:
        """The response kept at ``key`` in ``epoch`` if the epoch is still the current one (the ASGI start
        message and the body), else None."""
        with self.lock:
            try:
                self.reader = self.reader or connect(self.path)
                row = self.reader.execute(
                    "SELECT status, headers, body FROM responses"
                    " WHERE key = ? AND epoch = ? AND epoch = (SELECT n FROM epoch)",
                    (key, epoch),
                ).fetchone()
            except sqlite3.Error as exc:
                log.debug("shared response cache %s: %s", self.path, exc)
                return None
        if row is None:
            return None
        start = {"type": "http.response.start", "status": row[0], "headers": unpack(row[1])}
        return start, bytes(row[2])

    def put(self, key: bytes, epoch: int, start: Message, body: bytes) -> None:
        """Keep a response made from data read after ``epoch`` was read (written in the writer thread)."""
        self.writer.submit(self.write, key, epoch, start["status"], pack(list(start.get("headers", []))), body)

    def write(self, key: bytes, epoch: int, status: int, headers: bytes, body: bytes) -> None:
        try:
            conn = self.writer_conn = self.writer_conn or connect(self.path)
            conn.execute(
                "INSERT OR REPLACE INTO responses (key, epoch, status, headers, body) VALUES (?, ?, ?, ?, ?)",
                (key, epoch, status, headers, body),
            )
            self.written += 1
            if self.written % TRIM_EVERY == 0:
                conn.execute(
                    "DELETE FROM responses WHERE rowid IN (SELECT rowid FROM (SELECT rowid, row_number() OVER newest"
                    " AS n, sum(length(body)) OVER newest AS bytes FROM responses WINDOW newest AS (ORDER BY rowid"
                    " DESC)) WHERE n > ? OR bytes > ?)",
                    (SHARED_RESPONSES, SHARED_BYTES),
                )
        except sqlite3.Error as exc:
            log.debug("shared response cache %s: %s", self.path, exc)

    def close(self) -> None:
        self.writer.shutdown(wait=True)
        for conn in (self.reader, self.writer_conn):
            if conn is not None:
                conn.close()
        self.reader = self.writer_conn = None


def key_bytes(key: tuple[Any, ...]) -> bytes:
    """The shared file's key of a response cache key (path, query, gzip accepted, origin)."""
    path, query, gzip, origin = key
    return b"\0".join((path, query, b"gzip" if gzip else b"", origin or b""))
