"""The watch loop: poll each due source, fetch and analyse its new items, store them once, raise and deliver the
alerts; sleep until the next source is due.

Each source is polled on its own interval with +-:data:`JITTER` (sources added together drift apart instead of
hitting their servers at once); its next poll time is stored, so a restarted watcher keeps the schedule. One
poll's new items are analysed together (one ``nlp.pipe`` per language), in worker processes when
``Settings.hard_limits``. Everything is committed as it happens (see :mod:`veille.store.watchstate`): a watcher
killed at any moment, even with ``kill -9``, resumes without losing or duplicating an item or an alert.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..config import Settings
from ..errors import InputError, VeilleError
from ..record import Document, Outcome
from ..sources.web import Fetcher
from ..store import Store
from ..store import watchstate as state
from ..store.linking import Prepared, prepare, store_record
from .alerts import Alert
from .deliver import Deliverer, DeliveryError
from .poll import Item, documents, poll

log = logging.getLogger(__name__)

#: Relative jitter of a poll interval (+-10%).
JITTER = 0.1
#: New items of one source taken in one poll: the first poll of a large sitemap is spread over several polls
#: instead of holding the other sources up for an hour.
MAX_ITEMS_PER_POLL = 50
#: Longest sleep between two looks at the clock (a stop request or the end of --duration is noticed within it).
TICK = 1.0


@dataclass
class Counts:
    """What a watcher did since it started."""

    polls: int = 0
    errors: int = 0
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    alerts: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


Report = Callable[[str], None]


@dataclass
class Watcher:
    """Watches the active sources of ``store`` (see the module docstring). ``report`` gets one line per event
    worth telling a person (an item stored, a poll failed, an alert delivered)."""

    store: Store
    settings: Settings
    alerts: list[Alert]
    targets: tuple[str, ...]
    report: Report = print
    jobs: int = 1
    clock: Callable[[], float] = time.time
    rng: random.Random = field(default_factory=random.Random)
    counts: Counts = field(default_factory=Counts)
    stop_requested: bool = False

    def __post_init__(self) -> None:
        trusted = [s.url for s in state.active_sources(self.store.conn) if s.trusted]
        self.fetcher = Fetcher(self.settings, trusted=trusted)
        self.deliverer = Deliverer(self.fetcher.agent)

    def close(self) -> None:
        self.fetcher.close()
        self.deliverer.close()

    def next_time(self, interval: float) -> float:
        return self.clock() + interval * (1 + self.rng.uniform(-JITTER, JITTER))

    # -- the loop ------------------------------------------------------------------------------------

    def run(self, *, once: bool = False, until: float | None = None) -> Counts:
        """Poll until :attr:`stop_requested`, ``until`` (a time) or, with ``once``, until every source was polled
        once; then deliver what is pending."""
        self.deliver()  # what a watcher killed before could not deliver
        sources = state.active_sources(self.store.conn)
        if not sources:
            self.report("no source to watch (give a sources file)")
            return self.counts
        if once:
            for source in sources:
                if self.stop_requested or until is not None and self.clock() >= until:
                    break
                self.poll_source(source)
                self.deliver()
            return self.counts
        while not self.stop_requested and (until is None or self.clock() < until):
            source = min(state.active_sources(self.store.conn), key=lambda s: s.next_poll or 0.0)
            wait = (source.next_poll or 0.0) - self.clock()
            if wait > 0:
                time.sleep(min(wait, TICK, max((until or 1e18) - self.clock(), 0.0)))
                continue
            self.poll_source(source)
            self.deliver()
        return self.counts

    # -- one source ----------------------------------------------------------------------------------

    def poll_source(self, source: state.Source) -> None:
        """Poll one source, process its new items, record the poll."""
        conn = self.store.conn
        self.counts.polls += 1
        try:
            found = poll(self.fetcher, source.url, source.kind, source.etag, source.last_modified)
        except InputError as exc:
            self.counts.errors += 1
            state.record_poll(conn, source, self.next_time(source.interval), error=f"{exc.code} {exc.reason}")
            self.report(f"poll failed {source.url}: {exc.code} {' '.join(str(exc.reason).split())}")
            return
        complete = True
        if found.changed:
            fresh = state.unseen(conn, source.id, [i.id for i in found.items])
            todo = [i for i in found.items if i.id in fresh]
            if todo:
                complete = self.process(source, todo[:MAX_ITEMS_PER_POLL]) and len(todo) <= MAX_ITEMS_PER_POLL
        # the validators of an answer whose items were not all taken are not kept: the next poll reads it whole
        etag, modified = (found.etag, found.modified) if complete else (None, None)
        state.record_poll(conn, source, self.next_time(source.interval), etag=etag, modified=modified)

    def process(self, source: state.Source, items: list[Item]) -> bool:
        """Fetch, analyse and store new items, recording each with the alerts it raises; False when stopped
        before all were taken."""
        docs: list[tuple[Item, Document | InputError]] = []
        for item in items:
            if self.stop_requested:
                break
            docs += [(item, d) for d in documents(self.fetcher, item, source.url)]
        for (item, _), outcome in zip(docs, self.analyse([d for _, d in docs]), strict=True):
            self.store_outcome(source, item, outcome)
        return len({id(i) for i, _ in docs}) == len(items)

    def analyse(self, docs: list[Document | InputError]) -> Iterator[Outcome]:
        """The outcomes of ``docs``, in order; with worker processes, in batches shared among them (each record
        made ready to store by its worker)."""
        from ..pipeline import analyze_all

        if not docs:
            return iter(())
        return analyze_all(docs, self.settings, max(1, min(self.jobs, len(docs))), prepare=prepare)

    def store_outcome(self, source: state.Source, item: Item, outcome: Outcome) -> None:
        conn = self.store.conn
        if outcome.error is not None:
            self.counts.failed += 1
            error = f"{outcome.error.code} {' '.join(str(outcome.error.reason).split())}"
            state.record_item(conn, source.id, item.id, item.url, "failed", error=error)
            self.report(f"failed {item.url or item.id}: {error}")
            return
        assert outcome.article is not None  # an outcome without an error has its article
        ready = outcome.prepared or outcome.article.to_dict()
        record = ready.record if isinstance(ready, Prepared) else ready
        try:
            result = store_record(ready, self.store)
        except VeilleError as exc:
            self.counts.failed += 1
            state.record_item(conn, source.id, item.id, item.url, "failed", error=f"{exc.code} {exc.reason}")
            return
        raised = [] if result.status == "duplicate" and self.seen_article(result.id) else self.evaluate(record)
        state.record_item(conn, source.id, item.id, item.url, result.status, result.id, alerts=raised)
        setattr(self.counts, result.status, getattr(self.counts, result.status) + 1)
        self.report(f"{result.status:<10} {result.id[:12]}  {item.url or source.url}  {record.get('title') or ''}")

    def seen_article(self, article_id: str) -> bool:
        """Whether an item of a watched source already led to this article (its alerts were evaluated then)."""
        row = self.store.conn.execute("SELECT 1 FROM watch_items WHERE article_id = ? LIMIT 1", (article_id,))
        return row.fetchone() is not None

    # -- alerts --------------------------------------------------------------------------------------

    def evaluate(self, record: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
        """The deliveries (alert, target, payload) the saved queries raise on a stored record."""
        raised = []
        for alert in self.alerts:
            if state.alerted(self.store.conn, alert.name, str(record["id"]), per_story=not alert.every_copy):
                continue
            reasons = alert.matches(record, self.store)
            if not reasons:
                continue
            payload = {
                "id": f"{alert.name}:{record['id']}",
                "alert": alert.name,
                "article_id": record["id"],
                "title": record.get("title"),
                "url": record.get("url"),
                "published": record.get("published"),
                "language": record.get("language"),
                "why": reasons,
            }
            raised += [(alert.name, target, payload) for target in alert.to or self.targets]
        return raised

    def deliver(self) -> None:
        """Deliver the pending alerts (each marked delivered once made)."""
        for alert, article_id, target, payload in state.pending(self.store.conn):
            try:
                self.deliverer.send(target, payload)
            except DeliveryError as exc:
                state.delivered(self.store.conn, alert, article_id, target, error=str(exc))
                self.report(f"alert {alert} not delivered to {target}: {exc} (tried again later)")
                continue
            state.delivered(self.store.conn, alert, article_id, target)
            self.counts.alerts += 1


__all__ = ["Watcher", "Counts", "JITTER", "MAX_ITEMS_PER_POLL"]
