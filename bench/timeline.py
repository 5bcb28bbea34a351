"""Where two workers' time goes: a timeline of each worker over a run, its minor page faults, the supervisor's CPU.

    python bench/timeline.py [--jobs N] [--repeat N] [--batch-size N] [--freeze]

Texts: those of bench/throughput.py (the dev corpus sources, the examples, the seed), read, analysed and stored as
``veille ingest -j N`` does (the workers prepare the records, the supervisor stores them), with warm models. Each
worker logs, as it goes, when it starts and ends each batch (its sizes), its CPU seconds and its minor page faults
(``getrusage``: the copy-on-write pages it writes after the fork among them); the run prints, per round and worker,
when it starts its first text and finishes its last (seconds from the start of the run), its idle time at the end
(the run's end less its last text), its batches, its CPU and its faults (at its first batch: those of its start;
in all), the supervisor's CPU, and the load average. ``--freeze``: ``gc.freeze()`` just before each run (the
collector then leaves every object made so far out of its scans in the workers too). The supervisor's CPU is split
into its parts: forking the workers, reading their messages (the outcomes unpickled), storing the records (linking
their persons among it) and the rest (waits, handing out batches, opening and closing the store).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import inputs  # noqa: E402


def _usage() -> tuple[float, int]:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime, usage.ru_minflt


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _logged(analyze, log: str):
    """``analyze`` (:func:`veille.pipeline.analyze_batch`) writing a line per batch to ``log`` (appended at once:
    a worker is killed at the end of a run, with no chance to write what it kept)."""

    def run(items, settings, **kwargs):
        cpu, faults = _usage()
        began = time.monotonic()
        out = analyze(items, settings, **kwargs)
        cpu_end, faults_end = _usage()
        line = [os.getpid(), began, time.monotonic(), len(items), cpu, cpu_end, faults, faults_end]
        with open(log, "a") as fh:
            fh.write(json.dumps(line) + "\n")
        return out

    return run


class _Split:
    """CPU seconds of this process (the supervisor) inside a few functions, wrapped while a run is timed."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.originals: list[tuple[object, str, object]] = []

    def wrap(self, owner, name: str, part: str) -> None:
        original = getattr(owner, name)

        def timed(*args, **kwargs):
            cpu = time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[part] = self.seconds.get(part, 0.0) + time.process_time() - cpu

        setattr(owner, name, timed)
        self.originals.append((owner, name, original))

    def restore(self) -> None:
        for owner, name, original in reversed(self.originals):
            setattr(owner, name, original)
        self.originals = []

    def line(self, total: float) -> str:
        parts = ", ".join(f"{part} {seconds * 1000:.0f}" for part, seconds in self.seconds.items())
        rest = total - sum(v for k, v in self.seconds.items() if k != "linking")
        return f"{parts}, the rest {rest * 1000:.0f} ms"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=None)
    ap.add_argument("--freeze", action="store_true")
    args = ap.parse_args(argv)

    from veille import pipeline, workers
    from veille.store import Store, linking
    from veille.store.linking import prepare, store_record
    from veille.workers import reap

    paths = inputs()
    with tempfile.TemporaryDirectory() as tmp:
        log = str(Path(tmp) / "log.jsonl")
        original = pipeline.analyze_batch

        def ingest(db: Path) -> tuple[float, float, float]:
            with Store(db) as store, store.batched():
                began, cpu = time.monotonic(), time.process_time()
                outcomes = pipeline.process(paths, jobs=args.jobs, prepare=prepare, batch_size=args.batch_size)
                for outcome in outcomes:
                    storing = time.process_time()
                    store_record(outcome.prepared or outcome.article.to_dict(), store)
                    split.seconds["storing"] = split.seconds.get("storing", 0.0) + time.process_time() - storing
                return began, time.monotonic(), time.process_time() - cpu

        split = _Split()

        ingest(Path(tmp) / "warm.db")  # models, knowledge base and the workers' warm-up loaded
        reap()
        pipeline.analyze_batch = _logged(original, log)  # type: ignore[assignment]
        wrapped = [(workers._Slot, "__init__", "forks"), (workers, "_read", "messages")]
        wrapped.append((linking, "link_persons", "linking"))  # called by store_record: part of "storing"
        for owner, name, part in wrapped:
            split.wrap(owner, name, part)
        try:
            for r in range(args.repeat):
                split.seconds = {"forks": 0.0, "messages": 0.0, "storing": 0.0, "linking": 0.0}
                if args.freeze:
                    gc.collect()
                    gc.freeze()
                Path(log).unlink(missing_ok=True)
                load = os.getloadavg()[0]
                children = _children_cpu()
                began, ended, supervisor = ingest(Path(tmp) / f"run{r}.db")
                reap()  # the workers waited for: their CPU is then the children's
                children = _children_cpu() - children
                lines = [json.loads(x) for x in Path(log).read_text().splitlines()]
                inside = sum(x[5] - x[4] for x in lines)
                print(
                    f"round {r}: {ended - began:.2f} s wall, load {load:.2f}; CPU: supervisor {supervisor:.2f} s, "
                    f"workers {children:.2f} s in all, of which {inside:.2f} s in their batches"
                )
                print(f"  supervisor's CPU (ms): {split.line(supervisor)} (linking is part of storing)")
                for pid in sorted({x[0] for x in lines}, key=lambda p: min(x[1] for x in lines if x[0] == p)):
                    mine = sorted((x for x in lines if x[0] == pid), key=lambda x: x[1])
                    first, last = mine[0], mine[-1]
                    sizes = "+".join(str(x[3]) for x in mine)
                    cpu = last[5] - first[4]
                    print(
                        f"  worker {pid}: first text {first[1] - began:5.2f} s, last done {last[2] - began:5.2f} s, "
                        f"idle at the end {ended - last[2]:4.2f} s; batches {sizes}; CPU {cpu:.2f} s (from its "
                        f"first batch), faults {first[6]} at start, {first[7] - first[6]} first batch, "
                        f"{last[7] - first[6]} in all"
                    )
        finally:
            pipeline.analyze_batch = original  # type: ignore[assignment]
            split.restore()
    return 0


if __name__ == "__main__":
    sys.exit(main())
