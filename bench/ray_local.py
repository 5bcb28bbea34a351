"""The Ray executor on this machine: 2 Ray workers against 1 (target >= 1.6x), and its records against the
local path's.

    python bench/ray_local.py [--copies N] [--repeat N]

Texts: the dev gold corpus sources, copied N times (default 3) under distinct names into a temporary folder, so
that a run is long against the start of the workers. Each run starts Ray on this machine with as many CPUs as
workers (``ray.init(num_cpus=W)``), runs ``veille analyze --executor ray --out DIR`` (actors loading the models,
batches of inputs, Parquet shards) and stops Ray; the time of a run counts everything from ``ray.init`` to the last
shard written (the workers' start and model loading included: what a user waits for). The best of ``--repeat``
rounds (default 1) per worker count, both measured in this one run; the ratio of these whole runs is the figure.

Beside it, each run's own timeline (the actors report when their constructor began, when they were ready and when
each batch began and ended): its start, from ``ray.init`` to the first batch begun (Ray's processes, the actors'
processes and their models), and its work, from the first batch begun to the last one ended; the ratio of the work
alone is printed apart, never in the whole runs' place. And the CPU seconds of each run's processes, by kind (the
actors, this driver, Ray's daemons), read from ``/proc`` (Linux): what a loaded machine's wall times cannot show.
"""

from __future__ import annotations

import argparse
import logging
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class ProcessCPU:
    """CPU seconds of this process's descendants (Ray's daemons, its workers and actors), read from ``/proc`` every
    ``period`` seconds by a thread, by process kind: a process's last reading counts (what it spent after the last
    reading before it ended is lost: at most ``period`` of CPU a process). Linux only; elsewhere it reads nothing."""

    def __init__(self, period: float = 0.5) -> None:
        self.period, self.seen = period, {}
        self.tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> ProcessCPU:
        self.self_start = resource.getrusage(resource.RUSAGE_SELF)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        self.thread.join()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        spent = usage.ru_utime + usage.ru_stime - self.self_start.ru_utime - self.self_start.ru_stime
        self.driver = spent - self.own

    def _run(self) -> None:
        while not self.done.wait(self.period):
            self._read()
        self._read()
        self.own = time.thread_time()  # this thread's reading, left out of the driver's CPU

    def _read(self) -> None:
        parents: dict[int, int] = {}
        stats: dict[int, tuple[str, float]] = {}
        for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else []:
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                cmd = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2 :].split()
            parents[int(entry.name)] = int(fields[1])
            stats[int(entry.name)] = (kind(cmd), (int(fields[11]) + int(fields[12])) / self.tick)
        me = os.getpid()
        for pid, (name, cpu) in stats.items():
            up, hops = parents.get(pid), 0
            while up not in (None, 0, 1, me) and hops < 10:
                up, hops = parents.get(up), hops + 1
            if up == me:
                old = self.seen.get(pid, ("", 0.0))
                named = old[0] if name in GENERIC and old[0] not in GENERIC else name
                self.seen[pid] = (named, max(cpu, old[1]))

    def by_kind(self) -> dict[str, tuple[int, float]]:
        """kind -> (processes, CPU seconds)."""
        out: dict[str, tuple[int, float]] = {}
        for name, cpu in self.seen.values():
            n, total = out.get(name, (0, 0.0))
            out[name] = (n + 1, total + cpu)
        return out


#: kinds a process may show before it says what it runs (a Ray worker's process names itself once it is one)
GENERIC = ("", "other", "ray worker", "IDLE")


def kind(cmd: list[bytes]) -> str:
    """A process's kind, from its command line (Ray names its workers' processes ``ray::<what they run>``)."""
    first = cmd[0].decode(errors="replace") if cmd else ""
    if first.startswith("ray::"):
        name = first[5:].split(".")[0].split(" ")[0]
        return "actor" if name.startswith(("MapWorker", "Analyzer")) else name
    words = " ".join(c.decode(errors="replace") for c in cmd[:3])
    for daemon in ("raylet", "gcs_server", "dashboard", "log_monitor", "monitor.py", "agent"):
        if daemon in words:
            return daemon.removesuffix(".py")
    return "ray worker" if "default_worker" in words or "setup_worker" in words else "other"


def run(paths: list[str], workers: int, out: Path) -> tuple[float, float, float, dict[str, tuple[int, float]]]:
    """(whole run, its start, its work) in seconds (see the module docstring), and the CPU seconds of its
    processes by kind (the driver: this process)."""
    import ray

    from veille.raydata import analyze_to_shards

    started = time.time()
    timeline: dict[str, float] = {}
    with ProcessCPU() as cpu:
        ray.init(num_cpus=workers, include_dashboard=False, logging_level=logging.ERROR, log_to_driver=False)
        try:
            timeline["init"] = time.time()
            ray.data.DataContext.get_current().enable_progress_bars = False
            analyze_to_shards(paths, out, workers=workers, timeline=timeline)
        finally:
            ray.shutdown()
    ended = time.time()
    kinds = {"driver": (1, cpu.driver), **cpu.by_kind()}
    marks = ("init", "entered", "ready", "last_ready", "first_batch", "last_batch")
    print(
        f"{workers} worker(s) timeline, s from the start: "
        + ", ".join(f"{k} {timeline[k] - started:.1f}" for k in marks if k in timeline)
    )
    return (
        ended - started,
        timeline["first_batch"] - started,
        timeline["last_batch"] - timeline["first_batch"],
        kinds,
    )


def cpu_line(kinds: dict[str, tuple[int, float]]) -> str:
    """``all 60.1: actor 2x 25.0, driver 3.1, ...``: the CPU seconds of a run's processes, by kind, largest first."""
    parts = [
        f"{k} {n}x {cpu:.1f}" if n > 1 else f"{k} {cpu:.1f}"
        for k, (n, cpu) in sorted(kinds.items(), key=lambda kv: -kv[1][1])
    ]
    return f"all {sum(cpu for _, cpu in kinds.values()):.1f}: " + ", ".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args(argv)
    from veille import shards

    # the node's cache of compiled patterns (veille.analysis.regexcache) written before the runs, as the first
    # process to load the French model on a node writes it once: neither run pays for it
    subprocess.run([sys.executable, "-c", "from veille.analysis import nlp; nlp.load('fr')"], check=False)
    sources = sorted((ROOT / "corpus" / "dev" / "src").iterdir())
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for k in range(args.copies):
            for src in sources:
                dest = Path(tmp) / "in" / f"{k}-{src.name}"
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(src, dest)
                paths.append(str(dest))
        best: dict[int, tuple[float, float, float, dict[str, tuple[int, float]]]] = {}
        records: dict[int, list] = {}
        for _ in range(args.repeat):
            for workers in (1, 2):
                out = Path(tmp) / f"out{workers}"
                shutil.rmtree(out, ignore_errors=True)
                this = run(paths, workers, out)
                print(f"{workers} worker(s), load {os.getloadavg()[0]:.1f}: {this[0]:.1f} s; CPU s {cpu_line(this[3])}")
                best[workers] = min(best.get(workers, (float("inf"), 0.0, 0.0, {})), this, key=lambda r: r[0])
                records[workers] = [r.record and {**r.record, "analysis": None} for r in shards.read(out)]
    n = len(paths)
    print(f"{n} texts (dev corpus x {args.copies}), best of {args.repeat} round(s)")
    for workers, (seconds, start, work, _) in best.items():
        print(
            f"{workers} Ray worker(s): {seconds:7.1f} s  {n / seconds:6.2f} articles/s"
            f"  (start {start:5.1f} s: ray.init to the first batch; work {work:5.1f} s: first batch to last)"
        )
    steady = best[1][2] / max(best[2][2], 1e-9)
    print(f"speed-up 2 workers / 1, the work alone (each run's start left out, measured in the run): {steady:.2f}")
    ratio = best[1][0] / best[2][0]
    print(f"speed-up 2 workers / 1, whole runs: {ratio:.2f} (target >= 1.6: {'PASS' if ratio >= 1.6 else 'FAIL'})")
    print(f"records of the two runs identical: {records[1] == records[2]}")
    for workers, (_, _, _, kinds) in best.items():
        print(f"CPU s of the best {workers}-worker run, by process: {cpu_line(kinds)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
