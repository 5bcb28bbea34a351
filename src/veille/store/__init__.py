"""The SQLite store: articles, entities, quotes and events in one embedded file (WAL, FTS5, migrations).

How the modules fit together:

* :mod:`.store` -- :class:`Store`, the one object callers use: it opens the file and delegates each method
  to the modules below, passing its connection;
* :mod:`.connection` -- opening the connection (pragmas), transactions, applying :mod:`.migrations` (the
  schema, as an ordered list of migrations);
* :mod:`.writing` -- ``Store.add``: one record's article row, entities (merged with the stored ones),
  mentions, quotes, events; then :mod:`.stories` puts the article in a story (MinHash near-copies);
* reading: :mod:`.articles` (records, listings, full-text search, summary), :mod:`.entities`,
  :mod:`.quotes_events`, :mod:`.events_query` (filtered
  events, totals, facets; the filter is :mod:`.filters`), :mod:`.dyads`, :mod:`.graph` (network, places),
  :mod:`.actors` (what an actor page shows) and :mod:`.stories`;
* :mod:`.keys` -- name keys, the safe full-text expression of a query, checks of limits and dates;
* beside the store: :mod:`.linking` (a record's persons given the ids of the same persons already stored,
  before it is added) and :mod:`.export` (JSON Lines and CSV exports of stored records).
"""

from .filters import EventFilter
from .keys import MAX_LIMIT, MAX_QUERY_CHARS, MAX_QUERY_TERMS, fts_query, normalise_name
from .store import ADD_BATCH_SIZE, COMMIT_RECORDS, COMMIT_SECONDS, Store, migrate
from .writing import AddResult

__all__ = [
    "Store",
    "migrate",
    "AddResult",
    "EventFilter",
    "normalise_name",
    "fts_query",
    "MAX_QUERY_CHARS",
    "MAX_QUERY_TERMS",
    "MAX_LIMIT",
    "ADD_BATCH_SIZE",
    "COMMIT_RECORDS",
    "COMMIT_SECONDS",
]
