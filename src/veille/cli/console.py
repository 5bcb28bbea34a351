"""What the commands print, through rich: tables on a terminal and plain lines in a pipe, short paths, the progress
of a run (a bar with n/N, rate and ETA on a terminal; plain lines in a pipe)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

#: Widest path printed in a line of a run (the file name is always kept whole).
PATH_WIDTH = 48


def out() -> Console:
    """The console of standard output (made on each call: tests and pipes replace ``sys.stdout``)."""
    return Console(file=sys.stdout, highlight=False, soft_wrap=True)


def err() -> Console:
    """The console of standard error."""
    return Console(file=sys.stderr, highlight=False, soft_wrap=True)


def is_terminal() -> bool:
    """Whether standard output is a terminal (rich tables and bars) rather than a pipe or a file (plain lines)."""
    return out().is_terminal


def short_path(item: str, width: int = PATH_WIDTH) -> str:
    """A path for a line of output: relative to the current folder when inside it, its middle cut to ``width``
    (``…/folder/name.html``); URLs and ``-`` as they are, cut in the middle when too long."""
    text = item
    if "://" not in item and item != "-":
        try:
            rel = os.path.relpath(item)
            text = rel if not rel.startswith("..") else item
        except ValueError:  # another drive (Windows)
            text = item
    if len(text) <= width:
        return text
    parts = Path(text).parts if "://" not in text else [text]
    tail = parts[-1]
    for part in reversed(parts[:-1]):
        if len(part) + len(tail) + 3 > width:
            break
        tail = f"{part}/{tail}"
    if len(tail) + 2 > width:  # one long name (a URL, an archive record): keep its start and its end
        keep = width - 1
        return tail[: keep // 2] + "…" + tail[-(keep - keep // 2) :]
    return f"…/{tail}"


def table(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[tuple[str, str]],
    plain: Callable[[dict[str, Any]], str],
    *,
    title: str | None = None,
) -> None:
    """Rows as a rich table on a terminal (``columns``: key, header), or one ``plain(row)`` line each in a pipe."""
    if not is_terminal():
        for row in rows:
            print(plain(row))
        return
    grid = Table(title=title, show_lines=False, header_style="bold", expand=False)
    for key, header in columns:
        grid.add_column(header, overflow="fold", no_wrap=key in ("id", "date", "published"))
    for row in rows:
        grid.add_row(*("" if row.get(k) is None else str(row.get(k)) for k, _ in columns))
    out().print(grid)


class RunProgress:
    """The progress of a run over ``total`` inputs: a bar (n/N, rate, ETA) on a terminal, under the lines printed
    with :meth:`line`; in a pipe the lines alone, and every :data:`PLAIN_EVERY` seconds a plain progress line on
    standard error."""

    PLAIN_EVERY = 10.0

    def __init__(self, total: int, what: str = "inputs") -> None:
        self.total, self.what, self.done = total, what, 0
        self.started = self.last_plain = time.monotonic()
        self.console = Console(file=sys.stdout, highlight=False)  # no soft wrap: the bar is redrawn in place
        self.progress: Progress | None = None
        if self.console.is_terminal and total > 1:
            self.progress = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=self.console,
                transient=False,
            )
            self.task = self.progress.add_task(what, total=total, rate="")

    def __enter__(self) -> RunProgress:
        if self.progress is not None:
            self.progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self.progress is not None:
            self.progress.stop()

    def line(self, text: str, style: str | None = None) -> None:
        """Print one line of the run (above the bar)."""
        if self.progress is not None:
            self.progress.console.print(
                text, style=style, markup=False, highlight=False, no_wrap=True, overflow="ellipsis"
            )
        else:
            print(text, flush=True)

    def advance(self, count: int = 1) -> None:
        """``count`` more inputs are finished."""
        self.done += count
        now = time.monotonic()
        rate = self.done / max(now - self.started, 1e-9)
        if self.progress is not None:
            self.progress.update(self.task, advance=count, rate=f"{rate:.1f}/s")
        elif now - self.last_plain >= self.PLAIN_EVERY and self.total > 1:
            self.last_plain = now
            left = (self.total - self.done) / rate if rate else 0.0
            print(
                f"progress {self.done}/{self.total} {self.what}, {rate:.1f}/s, ETA {left:.0f} s",
                file=sys.stderr,
                flush=True,
            )


__all__ = ["out", "err", "is_terminal", "short_path", "table", "RunProgress", "PATH_WIDTH"]
