"""Caches of the web server, both keyed by the version of the store file (its and its WAL's size and modification
time: any commit by an ingest running beside the server changes it, and every entry made before is dropped).

* :class:`ResponseCache` -- whole responses to GET requests, by path, query and the headers they vary on;
* :class:`Memo` -- aggregates that many pages share (facet counts and totals of a filter, the summary, the
  network), so that paging through a listing computes them once.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

T = TypeVar("T")

#: responses kept (the most recently used): the pages of a working session, a few MB at most
RESPONSES = 1024
#: largest response kept, in bytes (an article page is ~10-60 KB; a network of 300 edges ~50 KB)
MAX_RESPONSE_BYTES = 512 * 1024
#: aggregates kept
AGGREGATES = 512


def version(db: str) -> tuple[int, ...]:
    """The store file's version: size and modification time of the file and of its write-ahead log."""
    out: list[int] = []
    for path in (db, db + "-wal"):
        try:
            st = os.stat(path)
            out += [st.st_size, st.st_mtime_ns]
        except OSError:
            out += [-1, -1]
    return tuple(out)


class Lru:
    """A thread-safe LRU map whose entries all belong to one store version."""

    def __init__(self, db: str, size: int) -> None:
        self.db, self.size = db, size
        self.items: OrderedDict[Any, Any] = OrderedDict()
        self.version: tuple[int, ...] = ()
        self.lock = threading.Lock()

    def get(self, key: Any) -> Any:
        current = version(self.db)
        with self.lock:
            if current != self.version:
                self.items.clear()
                self.version = current
                return None
            found = self.items.get(key)
            if found is not None:
                self.items.move_to_end(key)
            return found

    def put(self, key: Any, value: Any) -> None:
        with self.lock:
            self.items[key] = value
            if len(self.items) > self.size:
                self.items.popitem(last=False)


class Memo:
    """Aggregates computed once per store version: ``memo(key, compute)``."""

    def __init__(self, db: str, size: int = AGGREGATES) -> None:
        self.lru = Lru(db, size)

    def __call__(self, key: Any, compute: Callable[[], T]) -> T:
        found = self.lru.get(key)
        if found is None:
            found = (compute(),)
            self.lru.put(key, found)
        value: T = found[0]
        return value


class ResponseCache:
    """ASGI middleware answering a GET it has answered before (200, not too large) from memory."""

    def __init__(self, app: ASGIApp, db: str, size: int = RESPONSES) -> None:
        self.app = app
        self.lru = Lru(db, size)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        key = (
            scope["method"],
            scope.get("raw_path") or scope["path"].encode(),
            scope.get("query_string", b""),
            b"gzip" in headers.get(b"accept-encoding", b""),
            headers.get(b"origin"),
        )
        found = self.lru.get(key)
        if found is not None:
            start, body = found
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return
        parts: list[Message] = []

        async def keep(message: Message) -> None:
            parts.append(message)
            await send(message)

        await self.app(scope, receive, keep)
        bodies = [m for m in parts if m["type"] == "http.response.body"]
        if parts and parts[0]["type"] == "http.response.start" and parts[0]["status"] == 200 and len(bodies) == 1:
            body = bodies[0].get("body", b"")
            if not bodies[0].get("more_body") and len(body) <= MAX_RESPONSE_BYTES:
                self.lru.put(key, (parts[0], body))
