"""The Ray Data executor on this machine: 2 Ray workers against 1 (target >= 1.6x), and its records against the
local path's.

    python bench/ray_local.py [--copies N] [--repeat N]

Texts: the dev gold corpus sources, copied N times (default 3) under distinct names into a temporary folder, so
that a run is long against the start of the workers. Each run starts Ray on this machine with as many CPUs as
workers (``ray.init(num_cpus=W)``), runs ``veille analyze --executor ray --out DIR`` (actors loading the models,
map_batches, Parquet shards) and stops Ray; the time of a run counts everything from ``ray.init`` to the last
shard written (the workers' start and model loading included: what a user waits for). The best of ``--repeat``
rounds (default 1) per worker count, both measured in this one run; the ratio of these whole runs is the figure.

Beside it, each run's own timeline (the actors report when they were ready and when each batch began and ended):
its start, from ``ray.init`` to the first batch begun (Ray's processes, Ray Data's own actors, the actors' processes
and their models), and its work, from the first batch begun to the last one ended; the ratio of the work alone is
printed apart, never in the whole runs' place.
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


def run(paths: list[str], workers: int, out: Path) -> tuple[float, float, float]:
    """(whole run, its start, its work) in seconds (see the module docstring)."""
    import ray

    from veille.raydata import analyze_to_shards

    started = time.time()
    timeline: dict[str, float] = {}
    ray.init(num_cpus=workers, include_dashboard=False, logging_level=logging.ERROR, log_to_driver=False)
    try:
        ray.data.DataContext.get_current().enable_progress_bars = False
        analyze_to_shards(paths, out, workers=workers, timeline=timeline)
    finally:
        ray.shutdown()
    ended = time.time()
    return ended - started, timeline["first_batch"] - started, timeline["last_batch"] - timeline["first_batch"]


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
        best: dict[int, tuple[float, float, float]] = {}
        records: dict[int, list] = {}
        for _ in range(args.repeat):
            for workers in (1, 2):
                out = Path(tmp) / f"out{workers}"
                shutil.rmtree(out, ignore_errors=True)
                best[workers] = min(best.get(workers, (float("inf"), 0.0, 0.0)), run(paths, workers, out))
                records[workers] = [r.record and {**r.record, "analysis": None} for r in shards.read(out)]
    n = len(paths)
    print(f"{n} texts (dev corpus x {args.copies}), best of {args.repeat} round(s)")
    for workers, (seconds, start, work) in best.items():
        print(
            f"{workers} Ray worker(s): {seconds:7.1f} s  {n / seconds:6.2f} articles/s"
            f"  (start {start:5.1f} s: ray.init to the first batch; work {work:5.1f} s: first batch to last)"
        )
    steady = best[1][2] / max(best[2][2], 1e-9)
    print(f"speed-up 2 workers / 1, the work alone (each run's start left out, measured in the run): {steady:.2f}")
    ratio = best[1][0] / best[2][0]
    print(f"speed-up 2 workers / 1, whole runs: {ratio:.2f} (target >= 1.6: {'PASS' if ratio >= 1.6 else 'FAIL'})")
    print(f"records of the two runs identical: {records[1] == records[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
