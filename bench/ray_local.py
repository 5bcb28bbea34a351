"""The Ray Data executor on this machine: 2 Ray workers against 1 (target >= 1.6x), and its records against the
local path's.

    python bench/ray_local.py [--copies N] [--repeat N]

Texts: the dev gold corpus sources, copied N times (default 3) under distinct names into a temporary folder, so
that a run is long against the start of the workers. Each run starts Ray on this machine with as many CPUs as
workers (``ray.init(num_cpus=W)``), runs ``veille analyze --executor ray --out DIR`` (actors loading the models,
map_batches, Parquet shards) and stops Ray; the time of a run counts everything from ``ray.init`` to the last
shard written (the workers' start and model loading included: what a user waits for). The best of ``--repeat``
rounds (default 1) per worker count, both measured in this one run; the ratio is the figure.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(paths: list[str], workers: int, out: Path) -> float:
    import ray

    from veille.raydata import analyze_to_shards

    started = time.perf_counter()
    ray.init(num_cpus=workers, include_dashboard=False, logging_level=logging.ERROR, log_to_driver=False)
    try:
        ray.data.DataContext.get_current().enable_progress_bars = False
        analyze_to_shards(paths, out, workers=workers)
    finally:
        ray.shutdown()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args(argv)
    from veille import shards

    sources = sorted((ROOT / "corpus" / "dev" / "src").iterdir())
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for k in range(args.copies):
            for src in sources:
                dest = Path(tmp) / "in" / f"{k}-{src.name}"
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(src, dest)
                paths.append(str(dest))
        startup: dict[int, float] = {}
        for workers in (1, 2):  # a run of one short text per worker: starting Ray and the workers, loading models
            startup[workers] = run(paths[:workers], workers, Path(tmp) / f"start{workers}")
        best: dict[int, float] = {}
        records: dict[int, list] = {}
        for _ in range(args.repeat):
            for workers in (1, 2):
                out = Path(tmp) / f"out{workers}"
                shutil.rmtree(out, ignore_errors=True)
                best[workers] = min(best.get(workers, float("inf")), run(paths, workers, out))
                records[workers] = [r.record and {**r.record, "analysis": None} for r in shards.read(out)]
    n = len(paths)
    print(f"{n} texts (dev corpus x {args.copies}), best of {args.repeat} round(s)")
    for workers, seconds in best.items():
        print(f"{workers} Ray worker(s): {seconds:7.1f} s  {n / seconds:6.2f} articles/s")
    for workers, seconds in startup.items():
        print(f"{workers} Ray worker(s), start only (one short text each): {seconds:5.1f} s")
    steady = (best[1] - startup[1]) / max(best[2] - startup[2], 1e-9)
    print(f"speed-up 2 workers / 1, the start of each run left out: {steady:.2f}")
    ratio = best[1] / best[2]
    print(f"speed-up 2 workers / 1, whole runs: {ratio:.2f} (target >= 1.6: {'PASS' if ratio >= 1.6 else 'FAIL'})")
    print(f"records of the two runs identical: {records[1] == records[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
