"""Supervised worker processes: hard time and memory limits, and a dead worker never hangs a run.

:func:`supervise` hands batches of documents to worker processes forked from the calling process (forked after the
models are loaded: workers share them copy-on-write and start warm). Each worker analyses its batch with
:func:`veille.pipeline.analyze_batch`, telling the supervisor which document it is on and sending each outcome as
soon as it has it. The supervisor enforces, per document:

* the time limit (``Settings.doc_timeout``, plus :data:`GRACE` for the worker's own soft limit to act first), over
  all of a document's own stages (extraction and analysis; a batch's shared parse has the limit of its texts
  together): past it, the worker is killed and replaced, the document fails with ``ProcessingTimeout`` (E201);
* the memory limit (``Settings.max_memory``): a worker whose own memory (its private pages: the models it shares
  with the parent are not counted) exceeds it is killed and replaced, the document fails with
  ``MemoryLimitExceeded`` (E202);
* a worker that dies on its own (killed from outside, out of memory, a crash in a C extension): the document fails
  with ``WorkerCrashed`` (E203).

The documents of the batch that were not done are handed again, one per batch, to the replacement worker, so only
the document at fault fails. Outcomes come out in input order.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from queue import SimpleQueue
from typing import Any

from .config import Settings
from .errors import InputError, MemoryLimitExceeded, ProcessingError, ProcessingTimeout, WorkerCrashed
from .record import Document, Outcome, Prepare, with_prepared

logger = logging.getLogger(__name__)

#: Seconds a worker is given beyond a document's time limit before it is killed: its own soft limit (SIGALRM)
#: fails the document cleanly when Python code is running; the kill is for code that never returns to Python (a
#: regular expression in C, a tokenizer loop, an XPath).
GRACE = 2.0
#: Seconds between two looks at the workers (their messages wake the supervisor at once; this bounds the delay in
#: noticing a time or memory limit).
POLL = 0.1
#: Seconds between two readings of a worker's memory. Reading /proc/<pid>/smaps_rollup walks the whole address space
#: of a process holding the models (~25 ms each on the project's machine): read at every message it took the
#: supervisor ~2 s of CPU per 40 articles, a third of a core, and held two workers to 1.22x one process
#: (bench/throughput.py). Memory grows with a document's parse, over seconds: once a second catches it.
MEMORY_INTERVAL = 1.0

Item = Document | InputError
#: Languages whose ``warmup.txt`` this process has analysed (:func:`warm_up`).
_warmed: set[str] = set()


#: The function a worker runs on a batch: :func:`veille.pipeline.analyze_batch`.
Analyze = Callable[..., list[Outcome]]


def _worker(conn: Connection, settings: Settings, analyze_batch: Analyze, prepare: Prepare | None = None) -> None:
    """The worker loop: receive (key, items), answer ("at", key, i, stage, limit), ("done", key, i, outcome) and
    ("end", key). The tasks are read by a thread as they come: the batch the supervisor sends ahead
    (:meth:`_Slot.wants_next`) waits here, and the supervisor never waits on a worker busy with its batch.
    ``prepare``: run on each article before it is sent (:func:`veille.record.with_prepared`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the supervisor's to handle
    tasks: SimpleQueue = SimpleQueue()

    def read() -> None:
        while True:
            try:
                task = conn.recv()
            except (EOFError, OSError):
                task = None
            tasks.put(task)
            if task is None:
                return

    threading.Thread(target=read, daemon=True).start()
    while True:
        task = tasks.get()
        if task is None:
            return
        key, items = task

        def progress(i: int, stage: str, limit: float, key: int = key) -> None:
            conn.send(("at", key, i, stage, limit))

        def done(i: int, outcome: Outcome, key: int = key) -> None:
            conn.send(("done", key, i, with_prepared(outcome, prepare)))

        analyze_batch(items, settings, progress=progress, done=done)
        conn.send(("end", key))


@dataclass
class _Batch:
    key: int
    first: int  # global index of its first item
    items: list[Item]
    pending: set[int] = field(default_factory=set)  # indices (within the batch) not done yet


class _Slot:
    """One worker process and the batch it is working on."""

    def __init__(self, ctx: Any, settings: Settings, analyze: Analyze, prepare: Prepare | None = None) -> None:
        self.analyze, self.prepare = analyze, prepare
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, settings, analyze, prepare), daemon=True)
        self.proc.start()
        child.close()
        self.batch: _Batch | None = None
        self.next: _Batch | None = None  # the batch sent ahead: the worker starts it when its batch ends
        self.doc: int | None = None  # index within the batch of the document being worked on
        self.stage = ""
        self.deadline = 0.0
        self.started: dict[int, float] = {}  # document -> when its first stage began
        self.parsing_since: float | None = None  # when the running batch parse began
        self.parsed = 0.0  # seconds the batch parses of this batch took (no document's own time)
        self.memory_read = 0.0  # when its memory was last read

    def give(self, batch: _Batch, settings: Settings) -> None:
        self.start(batch, settings)
        self.conn.send((batch.key, batch.items))

    def start(self, batch: _Batch, settings: Settings) -> None:
        """Follow ``batch`` as the one the worker is on."""
        self.batch, self.doc, self.stage = batch, None, "start"
        self.started, self.parsing_since, self.parsed = {}, None, 0.0
        self.deadline = time.monotonic() + settings.doc_timeout * max(len(batch.items), 1) + GRACE

    def wants_next(self) -> bool:
        """Whether the worker is to be sent its next batch now: it is analysing the last document of its batch
        (its parse done), so that it starts the next one at once, without waiting for the supervisor (which may
        be storing records). Not earlier: a batch sent ahead is the worker's even when the other workers have
        nothing left to do, and at the end of a run each document counts."""
        batch = self.batch
        return (
            batch is not None
            and self.next is None
            and self.stage == "analyze"
            and len(batch.pending) == 1
            and self.doc in batch.pending
        )

    def send_ahead(self, batch: _Batch) -> None:
        self.next = batch
        self.conn.send((batch.key, batch.items))

    def ended(self, settings: Settings) -> None:
        """The worker ended its batch: it is on the batch sent ahead, if any."""
        self.batch, self.doc = None, None
        if self.next is not None:
            self.start(self.next, settings)
            self.next = None

    def kill(self) -> None:
        self.stop()
        self.reap()

    def stop(self) -> None:
        """Tell the worker to end and kill it, without waiting for it to be gone (:meth:`reap`): the kernel frees
        a process holding the models in tens of milliseconds, which several workers then spend side by side, or
        while the others still work."""
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        if self.proc.is_alive():
            self.proc.kill()

    def reap(self, timeout: float = 5) -> bool:
        """Wait up to ``timeout`` seconds for the worker :meth:`stop` killed to be gone; whether it is."""
        self.conn.close()
        self.proc.join(timeout=timeout)
        return self.proc.exitcode is not None

    def memory_due(self) -> bool:
        """Whether its memory is to be read now (at most once every :data:`MEMORY_INTERVAL` seconds)."""
        now = time.monotonic()
        if now - self.memory_read < MEMORY_INTERVAL:
            return False
        self.memory_read = now
        return True

    def exceeds(self, limit: int) -> bool:
        """Whether the worker's own memory exceeds ``limit`` bytes. Its resident set is read first (``statm``: one
        short read), and its own memory, a part of it, only where the resident set exceeds the limit: reading
        ``smaps_rollup`` walks the whole address space of a process holding the models (~25 ms of the supervisor's
        CPU, once a second per worker: a sixth of the supervisor's CPU with two workers, on a core they share), and
        a worker's resident set stays under the default limit."""
        resident = self.resident()
        if 0 < resident <= limit:
            return False
        return self.memory() > limit

    def resident(self) -> int:
        """The worker's resident set in bytes (its own pages and those it shares); 0 when it cannot be read."""
        try:
            with open(f"/proc/{self.proc.pid}/statm") as fh:
                return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            return 0

    def memory(self) -> int:
        """The worker's own memory in bytes: its private pages, not those it still shares with the process it was
        forked from (the models); its resident set where that cannot be read; 0 when nothing can."""
        try:
            with open(f"/proc/{self.proc.pid}/smaps_rollup") as fh:
                fields = dict(line.split(":", 1) for line in fh if ":" in line)
            return sum(int(fields[k].split()[0]) for k in ("Private_Clean", "Private_Dirty") if k in fields) * 1024
        except (OSError, ValueError, IndexError, KeyError):
            return self.resident()


def warm_up(settings: Settings, analyze: Analyze | None = None) -> None:
    """Load what every worker needs before they are forked (the spaCy models of the installed languages, their
    dictionaries, the knowledge base), so that they start warm and share it copy-on-write; with ``analyze``
    (:func:`veille.pipeline.analyze_batch`), analyse each language's sample text too (:func:`_analyze_samples`).

    A language's dictionary (:func:`veille.analysis.entities.dictionary.dictionary`, every word of its lemmatizer's
    index) is built at its first use, which the samples do not reach: left to the workers, each built its own, some
    0.09 s of CPU a language and worker, after the fork (stop 62)."""
    if not settings.analyze:
        return
    from . import lang
    from .analysis import kb, nlp
    from .analysis.entities.dictionary import dictionary
    from .lang import detect

    for code in lang.codes():
        if nlp.installed(code):
            nlp.load(code)
            dictionary(code)
    kb.load()
    detect.detect("Le texte qui construit le détecteur de langue une fois pour toutes.", settings.languages)
    if analyze is not None:
        _analyze_samples(settings, analyze)


def _analyze_samples(settings: Settings, analyze: Analyze) -> None:
    """Analyse each installed language's ``warmup.txt``, as text and as a page, in this process: what the first
    article imports, compiles and reads lazily (the stages' modules, their regular expressions and lexicons, the
    page extractor) is then done once, before the fork, instead of once per worker. Cold, a worker spent ~0.7 s of
    CPU more on its first 8 articles than on the next 8 (bench/throughput.py's texts); ``veille analyze -j 2`` of
    197 articles took 2.3 s more CPU than ``-j 1``. An error here only leaves the workers colder."""
    from html import escape

    from . import lang
    from .analysis import nlp

    items: list[Item] = []
    for code in lang.codes():
        sample = lang.get(code).path("warmup.txt")
        if code in _warmed or not nlp.installed(code) or not sample.is_file():
            continue
        _warmed.add(code)  # once a process: a process that forks workers run after run is warm after the first
        text = sample.read_text(encoding="utf-8")
        body = f"<body><article><p>{escape(text)}</p></article></body>"
        page = f"<html><head><title>{escape(text[:60])}</title></head>{body}</html>"
        items += [
            Document(source=f"warm-up:{code}", content_type=kind, text=t)
            for kind, t in (("text", text), ("html", page))
        ]
    if not items:
        return
    try:
        analyze(items, settings)
    except Exception as exc:  # noqa: BLE001 - a warm-up never stops a run
        logger.debug("warm-up analysis failed: %s", exc)


#: Workers stopped (killed) and not yet waited for (:func:`reap`).
_stopped: list[_Slot] = []


def reap(wait: bool = True) -> None:
    """Wait for the workers that runs stopped to be gone (``wait=False``: take only those gone already); the next
    run, and the interpreter's exit, take the others. A run does not wait for its workers' end: the kernel frees a
    process holding the models in tens of milliseconds (bench/throughput.py reaps before it reads their CPU)."""
    for slot in list(_stopped):
        if slot.reap(timeout=5 if wait else 0):
            _stopped.remove(slot)


def supervise(
    batches: Iterable[list[Item]], settings: Settings, jobs: int, analyze: Analyze, prepare: Prepare | None = None
) -> Iterator[Outcome]:
    """Analyse ``batches`` with ``analyze`` (:func:`veille.pipeline.analyze_batch`) in ``jobs`` supervised worker
    processes; one Outcome per item, in input order. ``prepare``: run by the workers on each article
    (:func:`veille.record.with_prepared`)."""
    reap()  # the workers of the runs before, gone by now
    ctx = mp.get_context("fork")
    slots: list[_Slot] = []  # forked one at a time, each given its first batch at once (below)
    ended: list[_Slot] = []  # workers stopped once no work was left for them (waited for by :func:`reap`)
    queue: list[_Batch] = []  # batches handed back after a worker died (their remaining items, one per batch)
    source = iter(batches)
    results: dict[int, Outcome] = {}
    sources: dict[int, str] = {}
    next_out, next_in, key = 0, 0, 0
    exhausted = False

    def next_batch() -> _Batch | None:
        nonlocal exhausted, key, next_in
        if queue:
            return queue.pop(0)
        items = None if exhausted else next(source, None)
        if items is None:
            exhausted = True
            return None
        batch = _Batch(key, next_in, items, set(range(len(items))))
        for i, item in enumerate(items):
            sources[next_in + i] = item.source or "?"
        key, next_in = key + 1, next_in + len(items)
        return batch

    def hand_out() -> None:
        for slot in list(slots):
            if slot.batch is None and (batch := next_batch()) is not None:
                slot.give(batch, settings)
            elif slot.batch is None:  # nothing is left for it: it ends now, while the others finish their work
                slots.remove(slot)
                slot.stop()
                ended.append(slot)
            elif slot.wants_next() and (batch := next_batch()) is not None:
                slot.send_ahead(batch)
        # a worker is forked once the others have their work, and only while there is work for it: the first
        # starts on its batch while the next is forked (a fork copies the page tables of a process holding
        # the models: ~75 ms each on the project's machine)
        while len(slots) < max(jobs, 1) and (batch := next_batch()) is not None:
            slots.append(_Slot(ctx, settings, analyze, prepare))
            slots[-1].give(batch, settings)

    def step(timeout: float) -> None:
        """Read what the workers sent (waiting up to ``timeout`` seconds for it), check their limits, hand out
        work."""
        busy = [s for s in slots if s.batch is not None]
        if timeout:
            ready = set(wait([s.conn for s in busy] + [s.proc.sentinel for s in busy], timeout=timeout))
        else:  # between two records: one look at each pipe (a dead worker's reads as ready: its end of file)
            ready = {s.conn for s in busy if s.conn.poll()}
        for slot in busy:
            woke = slot.conn in ready or slot.proc.sentinel in ready
            if woke:
                _read(slot, results, settings)
            _check(slot, slots, ctx, settings, results, queue, sources, woke)
        hand_out()

    try:
        hand_out()
        while True:
            while next_out in results:
                yield results.pop(next_out)
                next_out += 1
                step(0)  # the caller stored the record meanwhile: the workers' news, and their next batches
            if not any(s.batch is not None for s in slots) and exhausted and not queue:
                break
            step(POLL)
        while next_out in results:
            yield results.pop(next_out)
            next_out += 1
    finally:  # every worker stopped, none waited for: the kernel frees them side by side while the caller goes on
        for slot in slots:
            slot.stop()
        _stopped.extend(ended + slots)
        reap(wait=False)


def _read(slot: _Slot, results: dict[int, Outcome], settings: Settings) -> None:
    """Take every message the worker sent."""
    batch = slot.batch
    try:
        while batch is not None and slot.conn.poll():
            message = slot.conn.recv()
            if message[1] != batch.key:
                continue
            if message[0] == "at":
                _, _, i, stage, limit = message
                now = time.monotonic()
                slot.doc, slot.stage = i, stage
                if slot.parsing_since is not None:
                    slot.parsed += now - slot.parsing_since
                    slot.parsing_since = None
                if stage == "parse":  # the batch's parse has the time of all its texts
                    slot.parsing_since, slot.deadline = now, now + limit + GRACE
                else:  # a document's own stages share its limit
                    slot.deadline = slot.started.setdefault(i, now) + slot.parsed + limit + GRACE
            elif message[0] == "done":
                _, _, i, outcome = message
                results[batch.first + i] = outcome
                batch.pending.discard(i)
            elif message[0] == "end":
                slot.ended(settings)
                batch = slot.batch
    except (EOFError, OSError):
        return  # the worker died: _check sees it


def _check(
    slot: _Slot,
    slots: list[_Slot],
    ctx: Any,
    settings: Settings,
    results: dict[int, Outcome],
    queue: list[_Batch],
    sources: dict[int, str],
    woke: bool = True,
) -> None:
    """Kill and replace a worker past its limits, or dead; fail the document at fault, hand back the others.
    ``woke``: whether its pipe or its process's sentinel was ready (a worker that ended is, from then on: its
    sentinel wakes the next wait; only then is it asked whether it is alive)."""
    batch = slot.batch
    if batch is None:
        return
    error: tuple[type[ProcessingError], str] | None = None
    if woke and not slot.proc.is_alive():
        error = WorkerCrashed, f"the worker process died (exit code {slot.proc.exitcode}) while {_doing(slot)}"
    elif time.monotonic() > slot.deadline:
        limit = settings.doc_timeout
        error = ProcessingTimeout, f"processing took longer than the limit of {limit:g} s ({_doing(slot)})"
    elif settings.max_memory and slot.memory_due() and slot.exceeds(settings.max_memory):
        mb = settings.max_memory // (1024 * 1024)
        error = MemoryLimitExceeded, f"the worker exceeded the memory limit of {mb} MB while {_doing(slot)}"
    if error is None:
        return
    slot.kill()
    slots[slots.index(slot)] = _Slot(ctx, settings, slot.analyze, slot.prepare)
    at_fault = slot.doc if slot.doc is not None and slot.stage != "parse" else None
    if at_fault is None and len(batch.pending) == 1:
        at_fault = next(iter(batch.pending))
    kind, message = error
    if at_fault is not None:
        index = batch.first + at_fault
        source = sources.get(index, "?")
        results[index] = Outcome(source, error=kind(message, source=source))
        batch.pending.discard(at_fault)
    logger.warning("%s: worker replaced", message)
    for i in sorted(batch.pending):  # the others again, one per batch: only the document at fault fails
        queue.append(_Batch(-(batch.first + i) - 1, batch.first + i, [batch.items[i]], {0}))
    if slot.next is not None:  # the batch sent ahead, not begun: handed again whole
        queue.append(slot.next)


def _doing(slot: _Slot) -> str:
    if slot.stage == "parse":
        return "parsing a batch"
    return f"{slot.stage or 'starting'} a document"


__all__ = ["supervise", "reap", "warm_up", "GRACE"]
