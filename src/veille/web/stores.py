"""The store connections of the web server: one read-only :class:`~veille.store.Store` per worker thread, opened
on first use and kept (opening costs more than most queries); none is ever written through."""

from __future__ import annotations

import threading

from ..store import Store


class Stores:
    """Read-only stores over the file at ``db``, one per thread."""

    def __init__(self, db: str) -> None:
        self.db = db
        self.local = threading.local()
        self.opened: list[Store] = []
        self.lock = threading.Lock()
        Store(db, readonly=True).close()  # fail now, with the store's own error, if the file is no store

    def get(self) -> Store:
        """This thread's store."""
        store: Store | None = getattr(self.local, "store", None)
        if store is None or store.closed:  # closed at an application shutdown, then served again
            store = Store(self.db, readonly=True)
            self.local.store = store
            with self.lock:
                self.opened.append(store)
        return store

    def close(self) -> None:
        """Close every store opened (at shutdown)."""
        with self.lock:
            for store in self.opened:
                store.close()
            self.opened.clear()
