"""What an ingest resumes from: the input files whose every document was stored (migration 5).

An input file is recorded once all its documents are stored (new or duplicate), with its size and modification
time; a later ingest skips it while both are unchanged, before reading it, so re-running an interrupted ingest costs
the remaining inputs only. An input that failed, in part or whole, is not recorded: it is tried again. URLs and
standard input are never skipped (their content may have changed).

:func:`expand` lists the files of the inputs (directories walked as :mod:`veille.sources` walks them) so that a run
knows its total; :class:`Tracker` follows a run's outcomes back to their input files.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..sources import kind_of
from .connection import now


def expand(inputs: Iterable[str]) -> list[str]:
    """The inputs with each directory replaced by its supported files (recursive, sorted, hidden files left out);
    anything else (a file, a URL, ``-``, a missing path) as given, for the pipeline to read or report."""
    out: list[str] = []
    for item in inputs:
        path = Path(item)
        if item != "-" and "://" not in item and path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and kind_of(p) and not p.name.startswith("."))
            if files:
                out.extend(str(p) for p in files)
                continue
        out.append(item)
    return out


@dataclass(frozen=True)
class FileKey:
    """An input file as recorded: its absolute path, size and modification time (ns)."""

    path: str
    size: int
    mtime_ns: int


def key_of(item: str) -> FileKey | None:
    """The key of an input file; None for a URL, standard input or a path that is no readable file."""
    if item == "-" or "://" in item:
        return None
    try:
        path = Path(item).resolve()
        st = path.stat()
    except (OSError, RuntimeError):
        return None
    if not path.is_file():
        return None
    return FileKey(str(path), st.st_size, st.st_mtime_ns)


def ingested(conn: sqlite3.Connection, keys: Iterable[FileKey]) -> set[FileKey]:
    """The keys recorded as ingested with the same size and modification time."""
    wanted = list(keys)
    found: set[FileKey] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = conn.execute(
            f"SELECT path, size, mtime_ns FROM ingested_inputs WHERE path IN ({','.join('?' * len(chunk))})",
            [k.path for k in chunk],
        ).fetchall()
        found |= {FileKey(r[0], r[1], r[2]) for r in rows}
    return {k for k in wanted if k in found}


def record(conn: sqlite3.Connection, key: FileKey, documents: int) -> None:
    """Record an input file whose every document is stored."""
    conn.execute(
        "INSERT INTO ingested_inputs(path, size, mtime_ns, documents, ingested_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,"
        " documents = excluded.documents, ingested_at = excluded.ingested_at",
        (key.path, key.size, key.mtime_ns, documents, now()),
    )


def split(conn: sqlite3.Connection, items: list[str]) -> tuple[list[str], list[str]]:
    """(inputs to read, inputs skipped because stored by an earlier run, unchanged)."""
    keys = {item: key_of(item) for item in items}
    done = ingested(conn, [k for k in keys.values() if k is not None])
    todo = [item for item in items if keys[item] not in done or keys[item] is None]
    return todo, [item for item in items if keys[item] is not None and keys[item] in done]


def belongs(source: str, item: str) -> bool:
    """Whether an outcome's source names a document of the input ``item`` (``item``, ``item#...``, ``item:N``)."""
    return source == item or (source.startswith(item) and source[len(item) : len(item) + 1] in ("#", ":"))


@dataclass
class Tracker:
    """Follows the outcomes of a run (in input order) back to its inputs: :meth:`see` takes each outcome and returns
    the inputs it shows finished (every outcome of an input comes before the first of the next)."""

    items: list[str]
    position: int = 0
    documents: int = 0
    failed: bool = False
    finished: list[tuple[str, int, bool]] = field(default_factory=list)  # (input, documents, all stored)

    def see(self, source: str, ok: bool) -> list[tuple[str, int, bool]]:
        """Account for one outcome; the inputs (name, documents, all stored) it shows finished."""
        done: list[tuple[str, int, bool]] = []
        start = self.position
        while self.position < len(self.items) and not belongs(source, self.items[self.position]):
            self.position += 1
        if self.position == len(self.items):  # an outcome of no known input (renamed by a reader): stay put
            self.position = start
        else:
            if self.position > start:
                done.append(self.close(start))
                done += [(item, 0, False) for item in self.items[start + 1 : self.position]]
                self.documents, self.failed = 0, False
        self.documents += 1
        self.failed = self.failed or not ok
        self.finished += done
        return done

    def close(self, index: int) -> tuple[str, int, bool]:
        return (self.items[index], self.documents, self.documents > 0 and not self.failed)

    def end(self) -> list[tuple[str, int, bool]]:
        """The run is over: the inputs left are finished."""
        done = [self.close(self.position)] if self.position < len(self.items) else []
        done += [(item, 0, False) for item in self.items[self.position + 1 :]]
        self.position = len(self.items)
        self.finished += done
        return done


__all__ = ["expand", "FileKey", "key_of", "ingested", "record", "split", "belongs", "Tracker"]
