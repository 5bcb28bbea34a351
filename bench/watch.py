"""``veille watch`` for a long run against the local news site of the tests (tests/watch_server.py): feeds that
change every few seconds, a slow one, failing ones, one redirecting to a private address, a link under a path
robots.txt forbids, a link to the private address; the watcher killed with ``kill -9`` at random moments and
started again.

    python bench/watch.py [--minutes 10] [--kills 5] [--publish 15] [--host-delay 0.2] [--analyze] [--seed 3]

At the end (one last ``--once`` pass after the site's last publication) it checks what the done-when of the watch
issue asks and prints the figures: every item the site lists stored once, nothing fetched that robots.txt forbids, no
private address reached, each alert delivered once, no pending alert; polls, 304 answers, the shortest gap
between two requests to the site (the per-host delay), the time a restarted watcher takes to resume. Exit status 1
when a check fails.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from watch_server import Servers  # noqa: E402 - the site of the tests


def count(db: Path, sql: str) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return int(conn.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def start(args: argparse.Namespace, work: Path, *extra: str) -> subprocess.Popen:
    argv = [sys.executable, "-m", "veille.cli", "watch", str(work / "sources.txt"), "--db", str(work / "w.db")]
    argv += ["--alerts", str(work / "alerts.toml"), "--to", str(work / "alerts.jsonl"), "--fetch-timeout", "5"]
    argv += ["--host-delay", str(args.host_delay), *([] if args.analyze else ["--no-analyze"]), *extra]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=open(work / "watch.log", "a"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--kills", type=int, default=5, help="kill -9 this many times, at random moments")
    parser.add_argument("--publish", type=float, default=15.0, help="seconds between two publications of the site")
    parser.add_argument("--host-delay", type=float, default=0.2)
    parser.add_argument("--analyze", action="store_true", help="run the analysis (spaCy) on the items too")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    site = Servers()
    site.site.slow_seconds = 2.0
    work = Path(tempfile.mkdtemp(prefix="veille-watch-"))
    (work / "sources.txt").write_text(site.sources())
    (work / "alerts.toml").write_text('[[alert]]\nname = "otan-japon"\nwords = ["OTAN", "Japon"]\n')
    db = work / "w.db"
    duration = args.minutes * 60
    kill_at = sorted(rng.uniform(0.05, 0.9) * duration for _ in range(args.kills))
    started = time.monotonic()
    proc = start(args, work)
    resumes: list[float] = []
    restarts: list[float] = []
    try:
        while (now := time.monotonic() - started) < duration:
            site.site.generation = 1 + int(now // args.publish)
            if kill_at and now >= kill_at[0]:
                kill_at.pop(0)
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                polled = "SELECT coalesce(sum(polls), 0) FROM watch_sources"
                before = count(db, polled)
                restarted = time.monotonic()
                restarts.append(restarted)
                proc = start(args, work)
                while count(db, polled) == before and time.monotonic() - restarted < 60:
                    time.sleep(0.05)
                resumes.append(time.monotonic() - restarted)
            time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=120)
        restarts.append(time.monotonic())
        final = start(args, work, "--once")
        final.wait(timeout=600)
    finally:
        if proc.poll() is None:
            proc.kill()
        site.close()
    return report(args, site, work, resumes, restarts)


def report(args: argparse.Namespace, site: Servers, work: Path, resumes: list[float], restarts: list[float]) -> int:
    db = work / "w.db"
    with sqlite3.connect(db) as conn:
        titles = [r[0] for r in conn.execute("SELECT title FROM articles")]
        statuses = dict(conn.execute("SELECT status, count(*) FROM watch_items GROUP BY status").fetchall())
        polls, failures = conn.execute("SELECT sum(polls), sum(failures) FROM watch_sources").fetchone()
        pending = conn.execute("SELECT count(*) FROM alert_deliveries WHERE delivered_at IS NULL").fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    generation = site.site.generation
    numbers = {int(t.rsplit("numéro ", 1)[1].rstrip(")")) for t in titles}
    news = set(range(generation * site.site.per_generation))
    listed = news | set(range(100, 100 + generation)) | set(range(300, 300 + generation)) | {200 + generation}
    alerts = [json.loads(x)["id"] for x in (work / "alerts.jsonl").read_text().splitlines()]
    otan = [t for t in titles if t.startswith("L'OTAN")]
    by_host: dict[str, list[float]] = {}
    for host, _, t in site.site.requests:
        if host.startswith("127.0.0.1"):  # one server (host and port) of the site: the unit the per-host delay keys on
            by_host.setdefault(host, []).append(t)
    # the gaps within one watcher's life (a watcher started after a kill does not know when its predecessor asked)
    gaps = [
        b - a
        for times in map(sorted, by_host.values())
        for a, b in zip(times, times[1:], strict=False)
        if not any(a <= r <= b + 1 for r in restarts)
    ]
    gap = min(gaps, default=0.0)
    checks = {
        "every item listed stored": listed <= numbers,
        "each stored once": len(titles) == len(set(titles)),
        "nothing robots.txt forbids fetched": not site.hits("/private/"),
        "no private address reached": not site.hits("127.0.0.2"),
        "each alert delivered once": len(alerts) == len(set(alerts)) == len(otan) and pending == 0,
        "store intact": integrity == "ok",
    }
    print(f"{args.minutes:g} min, {args.kills} kill -9, a publication every {args.publish:g} s ({generation} in all)")
    print(
        f"articles {len(titles)} ({len(listed)} listed by the site at the end), items {sum(statuses.values())} "
        f"(new {statuses.get('new', 0)}, duplicate {statuses.get('duplicate', 0)}, failed "
        f"{statuses.get('failed', 0)}), alerts {len(alerts)} for {len(otan)} matching articles"
    )
    answered = site.site.statuses
    print(
        f"polls {polls} ({failures} failed), HTTP answers {dict(sorted(answered.items()))}, 304 share of feed "
        f"polls {answered.get(304, 0) / max(polls or 1, 1):.2f}; shortest gap between two requests "
        f"to one server of the site {gap:.3f} s (host delay {args.host_delay:g} s)"
    )
    if resumes:
        print(f"resumed after kill -9 in {min(resumes):.1f}-{max(resumes):.1f} s (start to the first poll recorded)")
    for name, ok in checks.items():
        print(f"{'ok  ' if ok else 'FAIL'} {name}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
