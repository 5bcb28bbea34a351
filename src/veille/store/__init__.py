"""The SQLite store: articles, entities, quotes and events in one embedded file (WAL, FTS5, migrations)."""

from .store import (
    ADD_BATCH_SIZE,
    MAX_LIMIT,
    MAX_QUERY_CHARS,
    MAX_QUERY_TERMS,
    AddResult,
    Store,
    fts_query,
    normalise_name,
)

__all__ = [
    "Store",
    "AddResult",
    "normalise_name",
    "fts_query",
    "MAX_QUERY_CHARS",
    "MAX_QUERY_TERMS",
    "MAX_LIMIT",
    "ADD_BATCH_SIZE",
]
