"""Texts retrieved from the stored pages into a git-ignored folder, listed by an index kept in the repository
(corpus/stories, corpus/xstories): the rows whose text is there, checked against the index's SHA-256 prefix."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path


def rows(index: Path, raw: Path, sha_column: int = 7) -> Iterator[tuple[list[str], str]]:
    """(cells, text) of each row of ``index`` whose text ``raw/<id>.txt`` is there; the missing ones and those
    that differ from the index's sha12 are named on standard error (README.md next to the index says how to
    retrieve them)."""
    missing, changed = [], []
    for line in index.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cells = line.split("\t")
        path = raw / f"{cells[0]}.txt"
        if not path.is_file():
            missing.append(cells[0])
            continue
        text = path.read_text(encoding="utf-8")
        if hashlib.sha256(text.encode()).hexdigest()[:12] != cells[sha_column]:
            changed.append(cells[0])
        yield cells, text
    if missing:
        print(f"missing ({index.parent / 'README.md'} says how to retrieve them): {' '.join(missing)}", file=sys.stderr)
    if changed:
        print(f"differ from the index's sha12: {' '.join(changed)}", file=sys.stderr)
