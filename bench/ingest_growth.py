"""Ingest cost per article as the store grows: into a store of N articles (default 10,000) against an empty one
(target: within 1.2x), linking and stories included.

    python bench/ingest_growth.py [--n 10000] [--repeat 3] [--store PATH]

The records: the dev corpus analysed once (real entities, quotes and events). The large store is filled with N
variants of them: each keeps a dev record's entities, quotes and events (the same persons, states and
organisations again and again, as a month of news has them: the linking lookups hit entities cited by thousands
of articles) under a body of invented words (a story of its own, not a near-copy, so that story grouping compares
against a full LSH index). ``--days D`` spreads the variants over D days in order: variant k's dates (published, roles,
events) moved by k * D / N days, as a year of news cites the same persons day after day, and the articles stored
after them a few days later (an entity's dated roles then grow with the store; without it the variants keep their
records' dates). ``--store PATH`` keeps that store (filled when the file is missing, reused otherwise).

Then the dev records and fresh variants are stored as ``veille ingest`` stores them (``link_record`` then
``Store.add``, in ``Store.batched``: a commit every ``COMMIT_RECORDS`` records or ``COMMIT_SECONDS`` seconds; and, the
other mode, one transaction each, as ``veille ingest`` stored them up to stop 30; ``--mode``) into a copy of the
large store and into an empty one, side by side: each
record into one store then into the other (the order alternating), so that the load of a shared machine falls on
both alike; then the write-ahead log of each is checkpointed, in its share. The copy is written to disk
(``fsync``) before it is timed: otherwise the first checkpoint's ``fsync`` pays for writing back the copy. The
first article of each store is timed apart (it builds the open store's in-memory story index). ``--repeat`` times,
each into fresh copies; the figures: wall and CPU time per article (best and median of the repeats) and their
ratios, the ratio of the wall times of each repeat; a repeat stores in both modes, one after the other.

``--ingest``: also the whole ``veille ingest`` of the dev corpus (``-j 1``, analysis included, as a user runs it: the
models loaded and the store opened once per run) into a copy of the large store and into an empty one, in turn
(the order alternating), ``--repeat`` times: wall and CPU time per article (the process's, its workers' included)
and their ratio, printed apart.

``--statements``: where the time goes instead. The same records stored once into a copy of the large store and
once into an empty one (one after the other, not side by side: read the differences, not the ratio), each SQL
statement's CPU time per article and the write-ahead log frames (pages) an article writes, side by side; then the
frames by the table or index (B-tree) whose page each frame holds, and the distinct pages of each among them (a
page written again by a later commit is a frame more, not a page more).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import copy
import datetime
import os
import random
import resource
import shutil
import sqlite3
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any

from throughput import clocked  # bench/throughput.py

ROOT = Path(__file__).resolve().parents[1]
SYLLABLES = [c + v for c in "bcdfgklmnprstvz" for v in ("a", "e", "i", "o", "u", "ou", "é", "an")]


def dev_records() -> list[dict]:
    from veille.pipeline import process

    paths = sorted(str(p) for p in (ROOT / "corpus" / "dev" / "src").iterdir())
    return [o.article.to_dict() for o in process(paths) if o.ok and o.article is not None]


def shifted(value: Any, days: int) -> Any:
    """An ISO date (``YYYY-MM-DD``, with anything after it) moved by ``days``; anything else as it is."""
    if not days or not isinstance(value, str) or len(value) < 10:
        return value
    try:
        moved = datetime.date.fromisoformat(value[:10]) + datetime.timedelta(days=days)
    except ValueError:
        return value
    return moved.isoformat() + value[10:]


def variant(record: dict, k: int, rng: random.Random, shift: int = 0) -> dict:
    out = copy.deepcopy(record)
    if shift:
        out["published"] = shifted(out.get("published"), shift)
        for role in (r for ent in out.get("entities") or [] for r in ent.get("roles") or []):
            if isinstance(role, dict):
                role["date"] = shifted(role.get("date"), shift)
        for event in out.get("events") or []:
            event["date"] = shifted(event.get("date"), shift)
    words = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(150, 450))]
    out["body"] = " ".join(words)
    out["paragraphs"] = [out["body"]]
    out["title"] = f"{record.get('title') or ''} {k}"
    out["id"] = f"{k:064x}"
    out["source"] = f"variant-{k}"
    return out


def side_by_side(records: list[dict], empty_db: Path, big_db: Path, batched: bool = False) -> dict[str, list[float]]:
    """Store ``records`` into both stores in turn (``batched``: in ``Store.batched``, as ``veille ingest`` does;
    else one transaction each); per store: [first record s, the others wall s, their CPU s]."""
    from veille.store import Store
    from veille.store.linking import store_record

    times = {"empty": [0.0, 0.0, 0.0, 0.0, 0.0], "big": [0.0, 0.0, 0.0, 0.0, 0.0]}
    with Store(empty_db) as empty, Store(big_db) as big:
        stores = {"empty": empty, "big": big}
        for name, store in stores.items():
            started = time.perf_counter()
            store_record(copy.deepcopy(records[0]), store)
            times[name][0] = time.perf_counter() - started
        batches = {name: store.batched() for name, store in stores.items()} if batched else {}
        for batch in batches.values():
            batch.__enter__()
        todo = [copy.deepcopy(r) for r in records[1:]]
        for i, record in enumerate(todo):
            order = ("empty", "big") if i % 2 == 0 else ("big", "empty")
            for name in order:
                record_copy = copy.deepcopy(record) if name == order[0] else record
                wall, cpu = clocked(partial(store_record, record_copy, stores[name]))
                times[name][1] += wall
                times[name][2] += cpu
        for name, batch in batches.items():  # the last batch committed: counted
            wall, cpu = clocked(partial(batch.__exit__, None, None, None))
            times[name][1] += wall
            times[name][2] += cpu
        for name, store in stores.items():  # what the records wrote, written back: counted
            wall, cpu = clocked(partial(store.conn.execute, "PRAGMA wal_checkpoint(PASSIVE)"))
            times[name][1] += wall
            times[name][2] += cpu
        for name, store in stores.items():  # the recent rows merged into the main tables, and written back: apart
            if hasattr(store, "merge_recent"):
                wall, cpu = clocked(store.merge_recent)
                wall2, cpu2 = clocked(partial(store.conn.execute, "PRAGMA wal_checkpoint(PASSIVE)"))
                times[name][3:] = [wall + wall2, cpu + cpu2]
    return times


class TimedConnection(sqlite3.Connection):
    """A connection that adds the CPU time of each statement it runs to ``SPENT`` (by its first 80 characters)."""

    def execute(self, sql: str, *args):  # type: ignore[no-untyped-def,override]
        started = time.thread_time()
        try:
            return super().execute(sql, *args)
        finally:
            SPENT[" ".join(sql.split())[:80]] += time.thread_time() - started

    def executemany(self, sql: str, *args):  # type: ignore[no-untyped-def,override]
        started = time.thread_time()
        try:
            return super().executemany(sql, *args)
        finally:
            SPENT[" ".join(sql.split())[:80]] += time.thread_time() - started


SPENT: collections.Counter[str] = collections.Counter()


def wal_trees(conn: sqlite3.Connection, db: Path) -> tuple[collections.Counter[str], collections.Counter[str]]:
    """The frames of ``db``'s write-ahead log by the B-tree (table or index, ``dbstat``) their page belongs to now
    (a page freed since: "(free)"), and the distinct pages of each among them."""
    owner = dict(conn.execute("SELECT pageno, name FROM dbstat").fetchall())
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    frames: collections.Counter[str] = collections.Counter()
    seen: dict[str, set[int]] = collections.defaultdict(set)
    with open(f"{db}-wal", "rb") as log:
        log.seek(32)  # the log's header; then each frame: a 24-byte header (the page number first), the page
        while len(header := log.read(24)) == 24:
            number = struct.unpack(">I", header[:4])[0]
            tree = owner.get(number, "(free)")
            frames[tree] += 1
            seen[tree].add(number)
            log.seek(page, os.SEEK_CUR)
    return frames, collections.Counter({tree: len(pages) for tree, pages in seen.items()})


def statements(records: list[dict], empty_db: Path, big_db: Path, top: int = 15, batched: bool = False) -> None:
    """Print each statement's CPU ms per article and the WAL frames per article, empty store against large
    (``batched``: stored in ``Store.batched``)."""
    from veille.store import Store
    from veille.store.linking import store_record

    connect = sqlite3.connect
    sqlite3.connect = partial(connect, factory=TimedConnection)  # type: ignore[assignment]
    spent, frames, trees = {}, {}, {}
    try:
        for name, db in (("empty", empty_db), ("big", big_db)):
            with Store(db) as store:
                store_record(copy.deepcopy(records[0]), store)
                store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                SPENT.clear()
                started = time.thread_time()
                with store.batched() if batched else contextlib.nullcontext():
                    for record in records[1:]:
                        store_record(copy.deepcopy(record), store)
                SPENT["all (the statements and the Python around them)"] = time.thread_time() - started
                spent[name] = dict(SPENT)
                # the log is not checkpointed meanwhile: ~130 frames an article, under WAL_AUTOCHECKPOINT in all
                page = store.conn.execute("PRAGMA page_size").fetchone()[0]
                frames[name] = (Path(f"{db}-wal").stat().st_size - 32) / (page + 24)
                trees[name] = wal_trees(store.conn, db)
    finally:
        sqlite3.connect = connect  # type: ignore[assignment]
    n = len(records) - 1
    print(f"WAL frames per article: {frames['empty'] / n:.1f} empty, {frames['big'] / n:.1f} large")
    print(f"{'CPU ms/article: empty':>22} {'large':>7} {'growth':>7}  statement")
    growth = {k: spent["big"][k] - spent["empty"].get(k, 0.0) for k in spent["big"]}
    for k in sorted(growth, key=lambda k: -growth[k])[:top]:
        e, b = spent["empty"].get(k, 0.0) / n * 1000, spent["big"][k] / n * 1000
        print(f"{e:22.3f} {b:7.3f} {b - e:+7.3f}  {k}")
    print(f"{'WAL frames/article: empty':>26} {'large':>7} {'growth':>7} {'pages':>7}  B-tree (pages: distinct, large)")
    (empty_frames, _), (big_frames, big_pages) = trees["empty"], trees["big"]
    for tree, count in sorted(big_frames.items(), key=lambda kv: -(kv[1] - empty_frames[kv[0]]))[:top]:
        e, b = empty_frames[tree] / n, count / n
        print(f"{e:26.2f} {b:7.2f} {b - e:+7.2f} {big_pages[tree] / n:7.2f}  {tree}")


def fill(path: Path, records: list[dict], n: int, days: int = 0) -> float:
    """Fill a store of ``n`` variants of ``records`` at ``path`` (dated over ``days``); seconds."""
    from veille.store import Store

    rng = random.Random(7)
    started = time.perf_counter()
    with Store(path) as store:
        store.add_many(variant(records[k % len(records)], k, rng, k * days // n) for k in range(n))
    return time.perf_counter() - started


def whole_ingest(db: Path) -> tuple[float, float, int]:
    """``veille ingest`` of the dev corpus into ``db`` in a process of its own: wall s, CPU s, inputs."""
    inputs = sorted((ROOT / "corpus" / "dev" / "src").iterdir())
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "veille.cli", "ingest", *map(str, inputs), "--db", str(db), "-j", "1"],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu, len(inputs)


def ingest_runs(big: Path, tmp: Path, repeat: int) -> None:
    """Print the whole ``veille ingest`` per article into a copy of ``big`` against an empty store (``--ingest``)."""
    from veille.store import Store

    runs: dict[str, list[tuple[float, float, int]]] = {"empty": [], "big": []}
    for i in range(repeat):
        for name in ("empty", "big") if i % 2 == 0 else ("big", "empty"):
            db = tmp / f"cli-{name}{i}.db"
            if name == "big":
                copy_synced(big, db)
                Store(db).close()  # brought to this schema before it is timed, as a store in use is
            runs[name].append(whole_ingest(db))
            db.unlink()
    print()
    n = runs["empty"][0][2]
    print(f"veille ingest of the {n} dev inputs (-j 1, analysis included), ms/article: best, median")
    for label, col in (("wall", 0), ("CPU", 1)):
        for name in ("empty", "big"):
            values = [r[col] / r[2] * 1000 for r in runs[name]]
            print(f"{name + ' store, ' + label:<24} {min(values):9.1f} {statistics.median(values):9.1f}")
        ratio = min(r[col] for r in runs["big"]) / min(r[col] for r in runs["empty"])
        print(f"ratio, best {label} times: {ratio:.2f}")


def copy_synced(source: Path, target: Path) -> None:
    """``source`` copied to ``target`` and written to disk."""
    shutil.copy(source, target)
    with open(target, "rb+") as f:
        os.fsync(f.fileno())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--fresh", type=int, default=165, help="variants stored after the dev records (default 165)")
    ap.add_argument("--days", type=int, default=0, help="the variants' dates spread over this many days (0: kept)")
    ap.add_argument("--store", type=Path, help="the large store: kept there (reused when the file exists)")
    ap.add_argument("--statements", action="store_true", help="CPU per SQL statement and WAL frames per article")
    ap.add_argument(
        "--ingest", action="store_true", help="also the whole veille ingest per article (analysis included)"
    )
    ap.add_argument(
        "--mode",
        choices=("both", "batched", "each"),
        default="both",
        help="store in Store.batched as veille ingest does, one transaction each, or both in turn (default)",
    )
    args = ap.parse_args(argv)

    records = dev_records()
    # stored in turn: the dev records and fresh variants of them (more articles: the checkpoints of the write-ahead
    # log, every few hundred articles, fall inside the measure in their share)
    rng = random.Random(11)
    fresh = records + [
        variant(records[k % len(records)], args.n + k, rng, (args.n + k) * args.days // args.n)
        for k in range(args.fresh)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        big = args.store or Path(tmp) / "big.db"
        if big.exists():
            print(f"store of {args.n} articles: {big} (reused)")
        else:
            print(f"store of {args.n} articles filled in {fill(big, records, args.n, args.days):.0f} s")
        side_by_side(records[:2], Path(tmp) / "warm1.db", Path(tmp) / "warm2.db")  # code and knowledge base loaded
        if args.statements:
            for mode in ("batched", "each") if args.mode == "both" else (args.mode,):
                print(f"{mode}:")
                copy_synced(big, Path(tmp) / "big-s.db")
                statements(fresh, Path(tmp) / f"empty-{mode}.db", Path(tmp) / "big-s.db", batched=mode == "batched")
            return 0
        modes = {"both": ("batched", "each"), "batched": ("batched",), "each": ("each",)}[args.mode]
        runs: dict[str, list[dict[str, list[float]]]] = {mode: [] for mode in modes}
        for i in range(args.repeat):
            for mode in modes:
                copy_db = Path(tmp) / f"big{i}{mode}.db"
                copy_synced(big, copy_db)
                runs[mode].append(side_by_side(fresh, Path(tmp) / f"empty{i}{mode}.db", copy_db, mode == "batched"))
                copy_db.unlink()
        if args.ingest:
            ingest_runs(big, Path(tmp), args.repeat)
    print(f"{len(records)} dev records and {args.fresh} variants stored side by side, {args.repeat} repeats")
    for mode in modes:
        report(runs[mode], len(fresh) - 1, args.n, mode)
    return 0


def _per_article(runs: list[dict], n: int, labels: tuple[str, str], col: int) -> None:
    """Print the best and median milliseconds an article of the empty and the large store (``labels``), wall time
    from column ``col`` and CPU time from the next."""
    for kind, offset in (("wall", 0), ("CPU", 1)):
        for label, k in zip(labels, ("empty", "big"), strict=True):
            values = [r[k][col + offset] / n * 1000 for r in runs]
            print(f"{label + ', ' + kind:<34} {min(values):7.2f} {statistics.median(values):7.2f}")


def report(runs: list[dict[str, list[float]]], n: int, size: int, mode: str) -> None:
    """The figures of one mode's repeats."""
    from veille.store import COMMIT_RECORDS, COMMIT_SECONDS

    print()
    if mode == "batched":
        print(f"in Store.batched (veille ingest): a commit every {COMMIT_RECORDS} records or {COMMIT_SECONDS} s")
    else:
        print("one transaction per article")
    first = {k: min(r[k][0] for r in runs) * 1000 for k in ("empty", "big")}
    print(
        f"first article after opening the store (the story index built from the stored signatures): "
        f"{first['empty']:.0f} ms empty, {first['big']:.0f} ms with {size} articles"
    )
    print(f"{'ms/article':<34} {'best':>7} {'median':>7}")
    _per_article(runs, n, ("ingest into an empty store", f"ingest into {size} articles"), 1)
    if any(r["big"][3] for r in runs):  # the merge of the recent rows (veille.store.recent), timed apart
        print(
            "the recent rows of all the articles stored merged into the main tables (once, then checkpointed), "
            "charged per article:"
        )
        _per_article(runs, n, ("merge, empty store", f"merge, {size} articles"), 3)
        for label, col in (("wall", 1), ("CPU", 2)):
            ratio = min(r["big"][col] + r["big"][col + 2] for r in runs) / min(
                r["empty"][col] + r["empty"][col + 2] for r in runs
            )
            print(f"ratio, best {label} times, merge included: {ratio:.2f}")
    per_run = [r["big"][1] / r["empty"][1] for r in runs]
    print(
        f"ratio of the wall times, each repeat: {' '.join(f'{x:.2f}' for x in per_run)}"
        f" (median {statistics.median(per_run):.2f})"
    )
    for label, col in (("wall", 1), ("CPU", 2)):
        ratio = min(r["big"][col] for r in runs) / min(r["empty"][col] for r in runs)
        print(f"ratio, best {label} times: {ratio:.2f} (target <= 1.2: {'PASS' if ratio <= 1.2 else 'FAIL'})")


if __name__ == "__main__":
    sys.exit(main())
