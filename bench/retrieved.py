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


def main(argv: list[str] | None = None) -> int:
    """Check a folder of retrieved texts against its index: ``python bench/retrieved.py INDEX RAW [--sha-column N]``
    (the column of the sha12, counted from 0: 7 for corpus/stories and xstories, 8 for corpus/real2)."""
    import argparse

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("index", type=Path)
    ap.add_argument("raw", type=Path)
    ap.add_argument("--sha-column", type=int, default=7)
    args = ap.parse_args(argv)
    lines = args.index.read_text(encoding="utf-8").splitlines()
    listed = sum(1 for line in lines if line.strip() and not line.startswith("#"))
    good = 0
    for cells, text in rows(args.index, args.raw, args.sha_column):
        good += hashlib.sha256(text.encode()).hexdigest()[:12] == cells[args.sha_column]
    print(f"{args.index}: {listed} listed, {good} present and exact")
    return 0 if good == listed else 1


if __name__ == "__main__":
    sys.exit(main())
