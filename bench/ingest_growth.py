"""Ingest cost per article as the store grows: into a store of N articles (default 10,000) against an empty one
(target: within 1.2x), linking and stories included.

    python bench/ingest_growth.py [--n 10000] [--repeat 3] [--store PATH]

The records: the dev corpus analysed once (real entities, quotes and events). The large store is filled with N
variants of them: each keeps a dev record's entities, quotes and events (the same persons, states and
organisations again and again, as a month of news has them: the linking lookups hit entities cited by thousands
of articles) under a body of invented words (a story of its own, not a near-copy, so that story grouping compares
against a full LSH index). ``--store PATH`` keeps that store (filled when the file is missing, reused otherwise).

Then the dev records and fresh variants are stored as ``veille ingest`` stores them (``link_record`` then
``Store.add``, one transaction each) into a copy of the large store and into an empty one, side by side: each
record into one store then into the other (the order alternating), so that the load of a shared machine falls on
both alike; then the write-ahead log of each is checkpointed, in its share. The copy is written to disk
(``fsync``) before it is timed: otherwise the first checkpoint's ``fsync`` pays for writing back the copy. The
first article of each store is timed apart (it builds the open store's in-memory story index). ``--repeat`` times,
each into fresh copies; the figures: wall and CPU time per article (best and median of the repeats) and their
ratios, the ratio of the wall times of each repeat.
"""

from __future__ import annotations

import argparse
import copy
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from throughput import clocked  # bench/throughput.py

ROOT = Path(__file__).resolve().parents[1]
SYLLABLES = [c + v for c in "bcdfgklmnprstvz" for v in ("a", "e", "i", "o", "u", "ou", "é", "an")]


def dev_records() -> list[dict]:
    from veille.pipeline import process

    paths = sorted(str(p) for p in (ROOT / "corpus" / "dev" / "src").iterdir())
    return [o.article.to_dict() for o in process(paths) if o.ok and o.article is not None]


def variant(record: dict, k: int, rng: random.Random) -> dict:
    out = copy.deepcopy(record)
    words = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(150, 450))]
    out["body"] = " ".join(words)
    out["paragraphs"] = [out["body"]]
    out["title"] = f"{record.get('title') or ''} {k}"
    out["id"] = f"{k:064x}"
    out["source"] = f"variant-{k}"
    return out


def side_by_side(records: list[dict], empty_db: Path, big_db: Path) -> dict[str, list[float]]:
    """Store ``records`` into both stores in turn; per store: [first record s, the others wall s, their CPU s]."""
    from veille.store import Store
    from veille.store.linking import store_record

    times = {"empty": [0.0, 0.0, 0.0], "big": [0.0, 0.0, 0.0]}
    with Store(empty_db) as empty, Store(big_db) as big:
        stores = {"empty": empty, "big": big}
        for name, store in stores.items():
            started = time.perf_counter()
            store_record(copy.deepcopy(records[0]), store)
            times[name][0] = time.perf_counter() - started
        todo = [copy.deepcopy(r) for r in records[1:]]
        for i, record in enumerate(todo):
            order = ("empty", "big") if i % 2 == 0 else ("big", "empty")
            for name in order:
                record_copy = copy.deepcopy(record) if name == order[0] else record
                wall, cpu = clocked(partial(store_record, record_copy, stores[name]))
                times[name][1] += wall
                times[name][2] += cpu
        for name, store in stores.items():  # what the records wrote, written back: counted
            wall, cpu = clocked(partial(store.conn.execute, "PRAGMA wal_checkpoint(PASSIVE)"))
            times[name][1] += wall
            times[name][2] += cpu
    return times


def fill(path: Path, records: list[dict], n: int) -> float:
    """Fill a store of ``n`` variants of ``records`` at ``path``; seconds."""
    from veille.store import Store

    rng = random.Random(7)
    started = time.perf_counter()
    with Store(path) as store:
        store.add_many(variant(records[k % len(records)], k, rng) for k in range(n))
    return time.perf_counter() - started


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
    ap.add_argument("--store", type=Path, help="the large store: kept there (reused when the file exists)")
    args = ap.parse_args(argv)

    records = dev_records()
    # stored in turn: the dev records and fresh variants of them (more articles: the checkpoints of the write-ahead
    # log, every few hundred articles, fall inside the measure in their share)
    rng = random.Random(11)
    fresh = records + [variant(records[k % len(records)], args.n + k, rng) for k in range(args.fresh)]
    with tempfile.TemporaryDirectory() as tmp:
        big = args.store or Path(tmp) / "big.db"
        if big.exists():
            print(f"store of {args.n} articles: {big} (reused)")
        else:
            print(f"store of {args.n} articles filled in {fill(big, records, args.n):.0f} s")
        side_by_side(records[:2], Path(tmp) / "warm1.db", Path(tmp) / "warm2.db")  # code and knowledge base loaded
        runs = []
        for i in range(args.repeat):
            copy_db = Path(tmp) / f"big{i}.db"
            copy_synced(big, copy_db)
            runs.append(side_by_side(fresh, Path(tmp) / f"empty{i}.db", copy_db))
    n = len(fresh) - 1
    print(f"{len(records)} dev records and {args.fresh} variants stored side by side, {args.repeat} repeats")
    first = {k: min(r[k][0] for r in runs) * 1000 for k in ("empty", "big")}
    print(
        f"first article after opening the store (the story index built from the stored signatures): "
        f"{first['empty']:.0f} ms empty, {first['big']:.0f} ms with {args.n} articles"
    )
    print(f"{'ms/article':<34} {'best':>7} {'median':>7}")
    for label, k, col in (
        ("ingest into an empty store, wall", "empty", 1),
        (f"ingest into {args.n} articles, wall", "big", 1),
        ("ingest into an empty store, CPU", "empty", 2),
        (f"ingest into {args.n} articles, CPU", "big", 2),
    ):
        values = [r[k][col] / n * 1000 for r in runs]
        print(f"{label:<34} {min(values):7.2f} {statistics.median(values):7.2f}")
    per_run = [r["big"][1] / r["empty"][1] for r in runs]
    print(
        f"ratio of the wall times, each repeat: {' '.join(f'{x:.2f}' for x in per_run)}"
        f" (median {statistics.median(per_run):.2f})"
    )
    for label, col in (("wall", 1), ("CPU", 2)):
        ratio = min(r["big"][col] for r in runs) / min(r["empty"][col] for r in runs)
        print(f"ratio, best {label} times: {ratio:.2f} (target <= 1.2: {'PASS' if ratio <= 1.2 else 'FAIL'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
