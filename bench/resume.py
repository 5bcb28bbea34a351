"""What re-running an interrupted ``veille ingest`` costs: the inputs left only, or all of them again.

    python bench/resume.py [--n 200] [--at 0.5] [--no-analyze]

Makes N inputs (as bench/cli_session.py does), then in one run, side by side: a whole ingest (the reference time);
an ingest killed with ``kill -9`` once a share ``--at`` of the articles is stored, then run again (inputs stored
before skipped unread); and the same interrupted ingest run again with ``--redo`` (every input read and analysed
again, as before Veille 0.2, to find it is a duplicate). Prints each time, the inputs read and the ratios.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from cli_session import make_inputs  # noqa: E402 - a sibling script


def veille(*argv: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-m", "veille.cli", "ingest", *argv],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def timed(*argv: str) -> tuple[float, str]:
    started = time.perf_counter()
    proc = veille(*argv)
    out, _ = proc.communicate()
    return time.perf_counter() - started, out


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--at", type=float, default=0.5, help="share of the articles stored when the run is killed")
    parser.add_argument("--no-analyze", action="store_true")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="veille-resume-"))
    make_inputs(work / "in", args.n)
    extra = ["--no-analyze"] if args.no_analyze else []
    full, out = timed(str(work / "in"), "--db", str(work / "full.db"), *extra)
    total = stored(work / "full.db")
    proc = veille(str(work / "in"), "--db", str(work / "cut.db"), *extra)
    while stored(work / "cut.db") < total * args.at and proc.poll() is None:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    before = stored(work / "cut.db")
    shutil.copy(work / "cut.db", work / "redo.db")
    for suffix in ("-wal", "-shm"):
        if (work / f"cut.db{suffix}").exists():
            shutil.copy(work / f"cut.db{suffix}", work / f"redo.db{suffix}")
    resume, out_resume = timed(str(work / "in"), "--db", str(work / "cut.db"), *extra)
    redo, _ = timed(str(work / "in"), "--db", str(work / "redo.db"), "--redo", *extra)
    skipped = next((line.split(", ")[-1] for line in out_resume.splitlines() if "unchanged input" in line), "none")
    print(f"{args.n} inputs ({total} articles){' without analysis' if args.no_analyze else ''}; killed at {before}")
    print(f"whole ingest             {full:6.1f} s")
    print(f"resumed (skips stored)   {resume:6.1f} s  ({resume / full:.2f} of the whole; {skipped})")
    print(f"again with --redo        {redo:6.1f} s  ({redo / full:.2f} of the whole: every input read and analysed)")
    resumed = stored(work / "cut.db")
    print(f"articles: {resumed} resumed, {stored(work / 'redo.db')} redone, {total} whole")
    shutil.rmtree(work, ignore_errors=True)
    return 0 if resumed == total else 1


if __name__ == "__main__":
    sys.exit(main())
