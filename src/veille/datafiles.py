"""The one reader of the library's data files (lexicons, knowledge base, cue lists): TSV and JSON.

Every data file is read here, so every malformed file is reported the same way: a :class:`DataFileError`
naming the file and, for a table, the line. Files are read once per process (cached by path).

TSV conventions: UTF-8, one record a line, tab-separated; blank lines and lines starting with ``#`` are
comments. A table read with ``header=True`` has a header line naming its columns (the first line that is not
a comment); cells beyond the header are an error, missing trailing cells are empty strings.
"""

from __future__ import annotations

import json
import threading
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from .errors import DataFileError

#: The package's data folder (language-neutral knowledge: the knowledge base, PLOVER types).
DATA: Traversable = resources.files("veille") / "data"


def _read(path: Traversable | Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataFileError(f"data file {path} is missing") from exc
    except UnicodeDecodeError as exc:
        raise DataFileError(f"data file {path} is not UTF-8 ({exc.reason} at byte {exc.start})") from exc


def _lines(path: Traversable | Path) -> list[tuple[int, str]]:
    return [
        (n, line) for n, line in enumerate(_read(path).splitlines(), 1) if line.strip() and not line.startswith("#")
    ]


_cache: dict[tuple[str, str, int | None], Any] = {}  # (reader, path, width) -> parsed content
_lock = threading.Lock()


def _cached(kind: str, path: Traversable | Path, width: int | None, parse: Any) -> Any:
    key = (kind, str(path), width)
    with _lock:
        if key in _cache:
            return _cache[key]
    value = parse()
    with _lock:
        _cache[key] = value
    return value


def read_numbered_rows(path: Traversable | Path, width: int | None = None) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The rows of a headerless TSV file with their line numbers, each row a tuple of stripped cells.

    With ``width``, every row must have at most ``width`` cells; shorter rows are padded with empty cells.
    """

    def parse() -> tuple[tuple[int, tuple[str, ...]], ...]:
        rows = []
        for n, line in _lines(path):
            cells = [c.strip() for c in line.split("\t")]
            if width is not None:
                if len(cells) > width:
                    raise DataFileError(f"{path}:{n}: expected at most {width} tab-separated cells, got {len(cells)}")
                cells += [""] * (width - len(cells))
            rows.append((n, tuple(cells)))
        return tuple(rows)

    result: tuple[tuple[int, tuple[str, ...]], ...] = _cached("rows", path, width, parse)
    return result


def read_rows(path: Traversable | Path, width: int | None = None) -> tuple[tuple[str, ...], ...]:
    """The rows of a headerless TSV file, each a tuple of stripped cells (see :func:`read_numbered_rows`)."""
    return tuple(cells for _, cells in read_numbered_rows(path, width))


def read_table(path: Traversable | Path) -> tuple[dict[str, str], ...]:
    """The rows of a TSV file with a header line, each a dict column -> cell (cells are not stripped)."""

    def parse() -> tuple[dict[str, str], ...]:
        lines = _lines(path)
        if not lines:
            raise DataFileError(f"{path}: no header line")
        header = lines[0][1].split("\t")
        rows = []
        for n, line in lines[1:]:
            cells = line.split("\t")
            if len(cells) > len(header):
                raise DataFileError(f"{path}:{n}: {len(cells)} cells for {len(header)} columns ({', '.join(header)})")
            rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True)))
        return tuple(rows)

    result: tuple[dict[str, str], ...] = _cached("table", path, None, parse)
    return result


def read_json(path: Traversable | Path) -> Any:
    """A JSON data file (keys starting with ``_`` are documentation, left for the caller to skip)."""

    def parse() -> Any:
        try:
            return json.loads(_read(path))
        except json.JSONDecodeError as exc:
            raise DataFileError(f"{path}:{exc.lineno}: invalid JSON ({exc.msg})") from exc

    return _cached("json", path, None, parse)


__all__ = ["DATA", "read_rows", "read_numbered_rows", "read_table", "read_json"]
