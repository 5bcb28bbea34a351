"""Ingest cost per article as the store grows: into a store of N articles (default 10,000) against an empty one
(target: within 1.2x), linking and stories included.

    python bench/ingest_growth.py [--n 10000] [--repeat 3]

The records: the dev corpus analysed once (real entities, quotes and events). The large store is filled with N
variants of them: each keeps a dev record's entities, quotes and events (the same persons, states and
organisations again and again, as a month of news has them: the linking lookups hit entities cited by thousands
of articles) under a body of invented words (a story of its own, not a near-copy, so that story grouping compares
against a full LSH index). Then the dev records themselves are stored, as ``veille ingest`` stores them
(``link_record`` then ``Store.add``, one transaction each), into the large store and into an empty one, in turn,
``--repeat`` times (each time into a fresh copy); the figure is the ratio of the best times per article, the first
article of each run apart: it builds the open store's in-memory story index (a cost per opening, printed apart).
"""

from __future__ import annotations

import argparse
import copy
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

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


def ingest(records: list[dict], db: Path) -> tuple[float, float]:
    """(seconds to store the first record: the story index of the open store built then; seconds for the others)."""
    from veille.store import Store
    from veille.store.linking import store_record

    with Store(db) as store:
        started = time.perf_counter()
        store_record(copy.deepcopy(records[0]), store)
        first = time.perf_counter() - started
        started = time.perf_counter()
        for record in records[1:]:
            store_record(copy.deepcopy(record), store)
        store.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # what the records wrote, written back: counted
        return first, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--fresh", type=int, default=165, help="variants stored after the dev records (default 165)")
    args = ap.parse_args(argv)
    from veille.store import Store

    records = dev_records()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.db"
        started = time.perf_counter()
        with Store(big) as store:
            store.add_many(variant(records[k % len(records)], k, rng) for k in range(args.n))
        fill = time.perf_counter() - started
        ingest(records[:2], Path(tmp) / "warm.db")  # knowledge base and story index code loaded
        # stored in turn: the dev records and fresh variants of them (more articles: the checkpoints of the write-ahead
        # log, every few hundred articles, fall inside the measure in their share)
        fresh = records + [variant(records[k % len(records)], args.n + k, rng) for k in range(args.fresh)]
        empty_times, big_times = [], []
        for i in range(args.repeat):
            empty_times.append(ingest(fresh, Path(tmp) / f"empty{i}.db"))
            copy_db = Path(tmp) / f"big{i}.db"
            shutil.copy(big, copy_db)
            big_times.append(ingest(fresh, copy_db))
    n = len(fresh) - 1
    empty, full = min(t[1] for t in empty_times) / n * 1000, min(t[1] for t in big_times) / n * 1000
    print(f"{len(records)} dev records and {args.fresh} variants stored, best of {args.repeat}")
    print(f"store of {args.n} articles filled in {fill:.0f} s")
    print(
        f"first article after opening the store (the story index built from the stored signatures): "
        f"{min(t[0] for t in empty_times) * 1000:.0f} ms empty, {min(t[0] for t in big_times) * 1000:.0f} ms "
        f"with {args.n} articles"
    )
    print(f"ingest into an empty store:            {empty:7.1f} ms/article")
    print(f"ingest into a store of {args.n:>6} articles: {full:7.1f} ms/article")
    ratio = full / empty
    print(f"ratio: {ratio:.2f} (target <= 1.2: {'PASS' if ratio <= 1.2 else 'FAIL'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
