"""``veille watch``: a long-running monitor of news sources with alerts.

* :mod:`.specs` -- the sources file (one URL a line, with ``every=``, ``kind=``, ``private``) and durations;
* :mod:`.poll` -- one poll of one source: conditional fetch, feed / sitemap / page, items with stable ids;
* :mod:`.alerts` -- saved queries (TOML) evaluated on each new article: event types, actors and recipients
  (``member:NATO`` from ``data/kb/members.tsv``), quotes by a person, words, new stories;
* :mod:`.deliver` -- where alerts go: standard output, a JSON Lines file, a webhook;
* :mod:`.watcher` -- the loop: schedule with jitter, analysis, storing, alerts, delivery.

The state (sources, items seen, alerts delivered) lives in the store (:mod:`veille.store.watchstate`), so a watcher
stopped at any moment resumes where it was.
"""

from .alerts import Alert, parse_alerts, read_alerts
from .specs import SourceSpec, duration, parse_sources, read_sources
from .watcher import Counts, Watcher

__all__ = [
    "Watcher",
    "Counts",
    "Alert",
    "parse_alerts",
    "read_alerts",
    "SourceSpec",
    "parse_sources",
    "read_sources",
    "duration",
]
