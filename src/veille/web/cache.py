"""Caches of the web server, both keyed by the generation of the store: SQLite's ``PRAGMA data_version`` read on
a connection of the cache's own, which changes whenever another connection (an ingest running beside the server)
commits. Every entry made before a commit is dropped at the next request, so a page never shows data older than
the last commit.

* :class:`ResponseCache` -- whole responses to GET requests, by path, query and the headers they vary on, with an
  ``ETag`` (``If-None-Match`` is answered 304);
* :class:`Memo` -- aggregates that many pages share (facet counts and totals of a filter, the summary, the
  network, the data of a page and of its JSON twin), so that paging through a listing computes them once.

Both compute a missing entry once: requests asking for it meanwhile wait for that computation instead of doing
it again (under load, 50 clients asking for the same new page would otherwise compute it 50 times at once). The
worker processes of one server also share the responses they made (:mod:`.shared`): a response one made is read
by the others instead of made again.
"""

from __future__ import annotations

import asyncio
import hashlib
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..store.connection import connect_readonly_unchecked
from .shared import SharedResponses, key_bytes

T = TypeVar("T")

#: responses kept (the most recently used): the pages of a working session
RESPONSES = 1024
#: bytes of response bodies kept at most, all together (most pages are 10-60 KB: 1,024 of them take ~30 MB)
RESPONSE_BYTES = 64 * 1024 * 1024
#: largest response kept, in bytes (an article page is ~10-60 KB; a network of 300 edges ~50 KB; the JSON of 50
#: entities with all their names and roles, uncompressed, 0.4-0.6 MB in bench/web.py's store: at 512 KB, the
#: largest was never kept and was computed again at every request, p95 104 ms against ~30 ms for the others)
MAX_RESPONSE_BYTES = 4 * 1024 * 1024
#: aggregates kept
AGGREGATES = 512
#: the data of pages kept for their JSON twin (and the other way round): about as many as the responses kept, so
#: that a page and its twin asked for far apart still share it; ~5-50 KB each
PAGES = 1024


class Generation:
    """The store's generation as this process sees it: a number that changes at every commit by another
    connection (``PRAGMA data_version``, a few microseconds: it reads the write-ahead log's shared header)."""

    def __init__(self, db: str) -> None:
        self.db = db
        self.conn: sqlite3.Connection | None = None
        self.lock = threading.Lock()

    def __call__(self) -> int:
        with self.lock:
            if self.conn is None:  # first use, or served again after an application shutdown
                self.conn = connect_readonly_unchecked(self.db, 5.0)
            return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        with self.lock:
            if self.conn is not None:
                self.conn.close()
                self.conn = None


class Lru:
    """A thread-safe LRU map whose entries all belong to one generation of the store."""

    def __init__(
        self, generation: Callable[[], int], size: int, budget: int = 0, weight: Callable[[Any], int] | None = None
    ) -> None:
        """``size`` entries at most, and with ``weight``, entries weighing ``budget`` at most all together."""
        self.generation, self.size = generation, size
        self.budget, self.weight, self.weighs = budget, weight, 0
        self.items: OrderedDict[Any, Any] = OrderedDict()
        self.current: int | None = None
        self.lock = threading.Lock()

    def get(self, key: Any) -> tuple[Any, int]:
        """The entry at ``key`` (None when missing) and the generation it was looked up in (give it to
        :meth:`put`)."""
        now = self.generation()
        with self.lock:
            if now != self.current:
                self.items.clear()
                self.weighs = 0
                self.current = now
                return None, now
            found = self.items.get(key)
            if found is not None:
                self.items.move_to_end(key)
            return found, now

    def put(self, key: Any, value: Any, generation: int) -> None:
        """Keep ``value``, computed after a lookup in ``generation`` -- unless the store has changed since (the
        value may have been read before the commit)."""
        with self.lock:
            if generation != self.current:
                return
            if self.weight is not None:
                old = self.items.get(key)
                self.weighs += self.weight(value) - (self.weight(old) if old is not None else 0)
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size or (self.weight is not None and self.weighs > self.budget):
                _, dropped = self.items.popitem(last=False)
                if self.weight is not None:
                    self.weighs -= self.weight(dropped)


class Memo:
    """Aggregates computed once per generation of the store: ``memo(key, compute)``; threads asking for a key
    being computed wait for it."""

    def __init__(self, generation: Callable[[], int], size: int = AGGREGATES) -> None:
        self.lru = Lru(generation, size)
        self.pending: dict[Any, threading.Event] = {}
        self.lock = threading.Lock()

    def __call__(self, key: Any, compute: Callable[[], T]) -> T:
        while True:
            found, generation = self.lru.get(key)
            if found is not None:
                value: T = found[0]
                return value
            with self.lock:
                running = self.pending.get((generation, key))
                if running is None:
                    self.pending[(generation, key)] = done = threading.Event()
                    break
            running.wait()  # then look again (the computation may have failed: compute here then)
        try:
            value = compute()
            self.lru.put(key, (value,), generation)
            return value
        finally:
            with self.lock:
                del self.pending[(generation, key)]
            done.set()


def etag(body: bytes) -> bytes:
    """A strong validator of a response body."""
    return b'"' + hashlib.blake2b(body, digest_size=12).hexdigest().encode() + b'"'


class ResponseCache:
    """ASGI middleware answering a GET it has answered before (200, not too large) from memory, with an ETag;
    a request whose ``If-None-Match`` names the current ETag is answered 304 without a body."""

    def __init__(
        self,
        app: ASGIApp,
        generation: Callable[[], int],
        size: int = RESPONSES,
        shared: SharedResponses | None = None,
    ) -> None:
        self.app = app
        self.lru = Lru(generation, size, RESPONSE_BYTES, weight=lambda kept: len(kept[1]))
        self.pending: dict[Any, asyncio.Event] = {}
        self.shared = shared

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        key = (
            scope.get("raw_path") or scope["path"].encode(),
            scope.get("query_string", b""),
            b"gzip" in headers.get(b"accept-encoding", b""),
            headers.get(b"origin"),
        )
        found, generation = self.lru.get(key)
        running = self.pending.get((generation, key)) if found is None else None
        if running is not None:  # the same page is being made: wait for it, then look again
            await running.wait()
            found, generation = self.lru.get(key)
            if found is None:  # not kept (an error, too large) or the store changed: make it here
                await self.make(scope, receive, send, key, generation)
                return
        if found is not None:
            await self.answer(found, headers.get(b"if-none-match"), send)
            return
        self.pending[(generation, key)] = done = asyncio.Event()
        try:
            shared = self.shared
            epoch = await shared.epoch(generation) if shared is not None else None
            if shared is not None and epoch is not None:  # another worker process may have made it
                found = shared.get(key_bytes(key), epoch)
                if found is not None:
                    self.lru.put(key, found, generation)
                    await self.answer(found, headers.get(b"if-none-match"), send)
                    return
            await self.make(scope, receive, send, key, generation, epoch)
        finally:
            del self.pending[(generation, key)]
            done.set()

    async def make(
        self, scope: Scope, receive: Receive, send: Send, key: Any, generation: int, epoch: int | None = None
    ) -> None:
        """Answer through the application; keep the answer, tagged, when it is a whole 200 response, not too
        large (in the shared cache too when ``epoch``, read before the answer was computed, is given)."""
        held: list[Message] = []

        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                held.append(message)  # sent with the first part of the body, which decides the ETag
                return
            if held:
                start, body = held.pop(), message.get("body", b"")
                if start["status"] == 200 and not message.get("more_body") and len(body) <= MAX_RESPONSE_BYTES:
                    start = {**start, "headers": [*start.get("headers", []), (b"etag", etag(body))]}
                    self.lru.put(key, (start, body), generation)
                    if epoch is not None and self.shared is not None:
                        self.shared.put(key_bytes(key), epoch, start, body)
                await send(start)
            await send(message)

        await self.app(scope, receive, keep)

    @staticmethod
    async def answer(found: tuple[Message, bytes], if_none_match: bytes | None, send: Send) -> None:
        start, body = found
        tag = next(v for k, v in start["headers"] if k == b"etag")
        asked = [t.strip() for t in if_none_match.split(b",")] if if_none_match else []
        if tag in asked or b"*" in asked:
            kept = [(k, v) for k, v in start["headers"] if k in (b"etag", b"vary", b"cache-control")]
            await send({"type": "http.response.start", "status": 304, "headers": kept})
            await send({"type": "http.response.body", "body": b""})
            return
        await send(start)
        await send({"type": "http.response.body", "body": body})
