"""Plan the retrieval of the real-news texts on a fresh machine: what is missing, the look-ups it takes, in what order.

usage: python bench/retrieval_plan.py [--sets real17,real18,...] [--budget N] [--batch ROWS] [--out DIR]

The texts of the real-news sets are third-party and git-ignored: each set's README says how to retrieve them (the
stored-pages search, the row's query, the result whose url is the row's). A session has a limited number of
look-ups (1,000 at stop 62, when a fresh machine ran out after about 960 texts), and rows that share a query take one
look-up, so the order matters: the sets are taken in the order given (default: `DEFAULT_ORDER`, the sets a stop
cannot do without first). Prints, per set, the texts missing or differing from the index's sha12 and the look-ups
they need, and where the budget runs out; with --out, writes the rows to retrieve as batch files
(`dest query url rank sha12`, tab-separated, one file per --batch rows) for helper sessions, who write each text
with `bench/put_excerpt.py`.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
SHARED_REAL = ROOT.parent / "shared" / "real"

#: The unread and tuning sets first (a stop's work needs them all), then the check sets, the shared 140 and the story
#: sets (corpus/untuned's texts). A stop edits the first names as its sets turn.
DEFAULT_ORDER = (
    "real18 real17 real16 real15 real14 real13 real12 real11 real10 real9 real8 real7 real6 real5 "
    "real4 real3 real2 real stories xstories xstories2"
).split()


class Row(NamedTuple):
    """One text of an index: where it goes, how to find it and how to check it (sha12 empty: none in the index)."""

    dest: str
    query: str
    url: str
    rank: str
    sha12: str


def index_of(name: str, root: Path = ROOT, shared: Path = SHARED_REAL) -> tuple[Path, Path]:
    """The index and the raw folder of a set: ``real`` is ../shared/real, every other name a folder of corpus/."""
    if name == "real":
        return shared / "INDEX.tsv", root / "corpus" / "real" / "raw"
    return root / "corpus" / name / "INDEX.tsv", root / "corpus" / name / "raw"


def read_index(index: Path, raw: Path, root: Path = ROOT) -> list[Row]:
    """Every row of ``index``, its columns found by the header's names (``#`` header of corpus/, or the plain first
    line of ../shared/real/INDEX.tsv)."""
    lines = index.read_text(encoding="utf-8").splitlines()
    header = lines[0].lstrip("#").strip().split("\t")
    col = {name: k for k, name in enumerate(header)}
    rows = []
    for line in lines[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        get = {name: cells[k] if k < len(cells) else "" for name, k in col.items()}
        dest = raw / f"{get['id']}.txt"
        where = str(dest.relative_to(root)) if dest.is_relative_to(root) else str(dest)
        rows.append(Row(where, get["query"], get["url"], get.get("rank", ""), get.get("sha12", "")))
    return rows


def is_present(row: Row, root: Path = ROOT) -> bool:
    """The text is there and, where the index has a sha12, equal to it (../shared/real is checked by its check.py)."""
    path = root / row.dest
    if not path.is_file():
        return False
    if not row.sha12:
        return True
    return hashlib.sha256(path.read_text(encoding="utf-8").encode()).hexdigest()[:12] == row.sha12


def plan(sets: list[str], root: Path = ROOT, shared: Path = SHARED_REAL) -> list[tuple[str, list[Row], int]]:
    """Per set, in order: (name, rows to retrieve, look-ups they take), a query counted once over the whole plan."""
    seen: set[str] = set()
    out = []
    for name in sets:
        index, raw = index_of(name, root, shared)
        if not index.is_file():
            print(f"{name}: no index at {index}, skipped", file=sys.stderr)
            continue
        todo = [row for row in read_index(index, raw, root) if not is_present(row, root)]
        queries = {row.query for row in todo} - seen
        seen |= queries
        out.append((name, todo, len(queries)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(DEFAULT_ORDER), help="comma-separated, in the order to retrieve")
    ap.add_argument("--budget", type=int, default=1000, help="look-ups the session has left")
    ap.add_argument("--batch", type=int, default=64, help="rows per batch file")
    ap.add_argument("--out", type=Path, help="folder for the batch files (outside the repository)")
    args = ap.parse_args(argv)
    used, rows = 0, []
    for name, todo, lookups in plan(args.sets.split(",")):
        used += lookups
        over = "  <- past the budget" if used > args.budget else ""
        print(f"{name}: {len(todo)} to retrieve, {lookups} look-ups (total {used}){over}")
        rows += todo
    print(f"{len(rows)} texts, {used} look-ups; budget {args.budget}")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for k in range(0, len(rows), args.batch):
            with open(args.out / f"batch{k // args.batch:02d}.tsv", "w", encoding="utf-8") as f:
                f.write("# dest\tquery\turl\trank\tsha12\n")
                for row in rows[k : k + args.batch]:
                    f.write("\t".join((row.dest, row.query, row.url, row.rank, row.sha12 or "-")) + "\n")
        print(f"batch files in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
