"""``veille ingest`` killed with ``kill -9`` fifty times in the middle of its work, then run to the end: no article
lost, none stored twice, the store's integrity intact (SQLite's integrity check), every input recorded once."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from test_cli import FR
from veille.store import COMMIT_RECORDS

SRC = Path(__file__).resolve().parents[1] / "src"
#: Kills: the reliability issue asks for fifty.
KILLS = 50
#: Inputs: a batch and more per kill (a run commits a batch of COMMIT_RECORDS records before its kill can land, and
#: may store a few more), so that every kill finds inputs left.
INPUTS = KILLS * (COMMIT_RECORDS + 4) + 100


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # the schema is not created yet
        return 0


def ingest(folder: Path, db: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.Popen(
        [sys.executable, "-m", "veille.cli", "ingest", str(folder), "--db", str(db), "--no-analyze", "-j", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_ingest_kill_9_fifty_times_loses_and_duplicates_nothing(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(INPUTS):
        text = FR.replace("quarante mille", f"{i + 1000} personnes").replace("un record pour", f"le record {i} pour")
        (folder / f"a{i:04}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "k.db"
    kills = 0
    for _ in range(KILLS):
        before = stored(db)
        proc = ingest(folder, db)
        deadline = time.monotonic() + 60
        while proc.poll() is None and stored(db) <= before and time.monotonic() < deadline:
            time.sleep(0.005)  # kill once this run has committed something: mid-ingest, a batch may be open
        if proc.poll() is not None:
            break  # it finished before the kill: nothing left to interrupt
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        kills += 1
    assert kills == KILLS, f"only {kills} kills landed mid-ingest"
    assert stored(db) < INPUTS  # work was left for the last run
    final = ingest(folder, db)
    assert final.wait(timeout=300) == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*), count(DISTINCT id), count(DISTINCT body) FROM articles").fetchone() == (
            INPUTS,
            INPUTS,
            INPUTS,
        )
        assert conn.execute("SELECT count(*) FROM ingested_inputs").fetchone()[0] == INPUTS
