"""The one reader of the library's data files (lexicons, knowledge base, cue lists): TSV and JSON.

Every data file is read here, so every malformed file is reported the same way: a :class:`DataFileError`
naming the file and, for a table, the line. Files are read once per process (cached by path).

TSV conventions: UTF-8, one record a line, tab-separated; blank lines and lines starting with ``#`` are
comments. A table read with ``header=True`` has a header line naming its columns (the first line that is not
a comment); cells beyond the header are an error, missing trailing cells are empty strings.
"""

from __future__ import annotations

import functools
import json
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
    return [(n, line) for n, line in enumerate(_read(path).splitlines(), 1) if line.strip() and not line.startswith("#")]


@functools.cache
def read_rows(path: Traversable | Path, width: int | None = None) -> tuple[tuple[str, ...], ...]:
    """The rows of a headerless TSV file, each a tuple of stripped cells.

    With ``width``, every row must have at least one cell and at most ``width``; shorter rows are padded
    with empty cells.
    """
    rows = []
    for n, line in _lines(path):
        cells = [c.strip() for c in line.split("\t")]
        if width is not None:
            if len(cells) > width:
                raise DataFileError(f"{path}:{n}: expected at most {width} tab-separated cells, got {len(cells)}")
            cells += [""] * (width - len(cells))
        rows.append(tuple(cells))
    return tuple(rows)


@functools.cache
def read_table(path: Traversable | Path) -> tuple[dict[str, str], ...]:
    """The rows of a TSV file with a header line, each a dict column -> cell (cells are not stripped)."""
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


@functools.cache
def read_json(path: Traversable | Path) -> Any:
    """A JSON data file (keys starting with ``_`` are documentation, left for the caller to skip)."""
    try:
        return json.loads(_read(path))
    except json.JSONDecodeError as exc:
        raise DataFileError(f"{path}:{exc.lineno}: invalid JSON ({exc.msg})") from exc


__all__ = ["DATA", "read_rows", "read_table", "read_json"]
