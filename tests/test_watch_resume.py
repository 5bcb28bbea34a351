"""veille watch killed with kill -9 and started again, against the local news site: every item stored once, each
alert delivered once, nothing fetched that robots.txt forbids, no private address reached. Bounded in time (the
long run is bench/watch.py)."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[1] / "src")


def start(sources: Path, db: Path, alerts: Path, out: Path, *extra: str) -> subprocess.Popen:
    argv = [sys.executable, "-m", "veille.cli", "watch", str(sources), "--db", str(db), "--alerts", str(alerts)]
    argv += ["--to", str(out), "--no-analyze", "--host-delay", "0", "--fetch-timeout", "5", *extra]
    env = {**os.environ, "PYTHONPATH": SRC}
    return subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def count(db: Path, sql: str) -> int:
    try:
        with sqlite3.connect(db, timeout=10) as conn:
            return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_watch_resume_after_kill_9_without_duplicates(site, tmp_path):
    site.site.slow_seconds = 0.3
    sources, db, alerts, out = tmp_path / "s.txt", tmp_path / "w.db", tmp_path / "a.toml", tmp_path / "alerts.jsonl"
    sources.write_text(site.sources())
    alerts.write_text('[[alert]]\nname = "otan-japon"\nwords = ["OTAN", "Japon"]\n')
    site.site.per_generation = 8
    kills = 0
    for generation in (1, 2, 3):
        site.site.generation = generation
        proc = start(sources, db, alerts, out, "--duration", "60s")
        deadline = time.monotonic() + 40
        target = count(db, "SELECT count(*) FROM watch_items") + 3
        while time.monotonic() < deadline and count(db, "SELECT count(*) FROM watch_items") < target:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)  # mid-poll: items fetched, some stored, alerts pending
        proc.wait(timeout=10)
        kills += 1
    site.site.generation = 4
    final = start(sources, db, alerts, out, "--once")
    assert final.wait(timeout=120) == 0
    final = start(sources, db, alerts, out, "--once")  # a second pass finds nothing new
    assert final.wait(timeout=120) == 0
    with sqlite3.connect(db) as conn:
        titles = [r[0] for r in conn.execute("SELECT title FROM articles")]
        assert len(titles) == len(set(titles))
        numbers = {int(t.rsplit("numéro ", 1)[1].rstrip(")")) for t in titles}
        # every item the site still lists is stored: news 0-31, teasers 100-103, the sitemap's 300-303, and the
        # slow feed's latest (it lists only that one: those of earlier generations may have been missed)
        assert set(range(32)) | set(range(100, 104)) | set(range(300, 304)) | {204} <= numbers
        assert not numbers - set(range(32)) - set(range(100, 104)) - set(range(300, 304)) - set(range(201, 205))
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        statuses = dict(conn.execute("SELECT status, count(*) FROM watch_items GROUP BY status").fetchall())
        assert statuses.get("duplicate", 0) <= kills  # a kill between storing and recording costs one re-read
        pending = conn.execute("SELECT count(*) FROM alert_deliveries WHERE delivered_at IS NULL").fetchone()[0]
        assert pending == 0
    otan = sorted(t for t in titles if t.startswith("L'OTAN"))
    ids = [json.loads(x)["id"] for x in out.read_text().splitlines()]
    assert len(ids) == len(set(ids)) == len(otan)
    assert site.hits("127.0.0.2") == [] and site.hits("/private/") == []
