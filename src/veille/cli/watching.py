"""``veille watch`` (the monitor: :mod:`veille.watch`) and ``veille status`` (what it is doing). The watcher's
lines (items stored, polls failed) go to standard error; standard output is left to alerts sent to ``-``."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from types import FrameType
from typing import Any

from .common import dump, open_store, settings_of
from .console import short_path, table


def cmd_watch(args: argparse.Namespace) -> int:
    from ..store import watchstate
    from ..watch import Watcher, duration, read_alerts, read_sources

    settings = settings_of(args)
    if args.host_delay is not None:
        settings = settings.with_(host_delay=args.host_delay)
    interval = duration(args.interval, "--interval")
    until = time.time() + duration(args.duration, "--duration") if args.duration else None
    specs = read_sources(args.sources, interval) if args.sources else None
    alerts = read_alerts(args.alerts) if args.alerts else []
    with open_store(args) as store:
        if specs is not None:
            watchstate.upsert_sources(store.conn, [(s.url, s.kind, s.interval, s.trusted) for s in specs], only=True)
        watcher = Watcher(
            store, settings, alerts, tuple(args.targets) or ("-",), report=lambda line: print(line, file=sys.stderr)
        )

        def stop(signum: int, frame: FrameType | None) -> None:
            watcher.stop_requested = True

        previous = signal.signal(signal.SIGTERM, stop)
        sources = len(watchstate.active_sources(store.conn))
        print(
            f"watching {sources} source(s) -> {args.db}; {len(alerts)} alert(s)"
            f"{'' if args.once else '; Ctrl-C stops (the next run resumes)'}",
            file=sys.stderr,
        )
        try:
            counts = watcher.run(once=args.once, until=until)
        except KeyboardInterrupt:
            print("stopped: the next `veille watch` resumes where this one was", file=sys.stderr)
            return 130
        finally:
            signal.signal(signal.SIGTERM, previous)
            watcher.close()
    c = counts
    print(
        f"{c.polls} poll(s), {c.errors} failed; {c.new} new, {c.duplicate} duplicate, {c.failed} failed items; "
        f"{c.alerts} alert(s) delivered",
        file=sys.stderr,
    )
    return 0


def age(stamp: str | None) -> str:
    """'3m ago' for an ISO timestamp ('never' for none)."""
    if not stamp:
        return "never"
    import calendar

    seconds = time.time() - calendar.timegm(time.strptime(stamp[:19], "%Y-%m-%dT%H:%M:%S"))
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds / size:.0f}{unit} ago"
    return f"{max(seconds, 0):.0f}s ago"


def cmd_status(args: argparse.Namespace) -> int:
    from ..store import watchstate

    with open_store(args) as store:
        data = watchstate.status(store.conn)
    if args.json:
        print(dump(data))
        return 0
    rows: list[dict[str, Any]] = [
        {
            "source": short_path(s["url"], 60),
            "kind": s["kind"],
            "every": f"{s['interval']:g}s",
            "success": age(s["last_success"]),
            "error": f"{age(s['last_error_at'])}: {s['last_error']}" if s["last_error"] else "",
            "polls": f"{s['polls']} ({s['failures']} failed)",
            "items": f"{s['stored']} new, {s['duplicates']} dup, {s['failed']} failed",
            "per_day": s["items_per_day"],
            "active": "" if s["active"] else " (inactive)",
        }
        for s in data["sources"]
    ]
    columns = [("source", "source"), ("kind", "kind"), ("every", "every"), ("success", "last success")]
    table(
        rows,
        [*columns, ("polls", "polls"), ("items", "items"), ("per_day", "new/day"), ("error", "last error")],
        lambda r: (
            f"{r['source']}{r['active']}  {r['kind']}  every {r['every']}  success {r['success']}  "
            f"polls {r['polls']}  {r['items']}  {r['per_day']}/day" + (f"  error {r['error']}" if r["error"] else "")
        ),
    )
    a = data["alerts"]
    if not rows:
        print("no watched source (veille watch SOURCES adds them)", file=sys.stderr)
    print(f"alerts: {a['delivered']} delivered, {a['pending']} pending, {a['given_up']} given up")
    return 0
