"""Check real-news gold files against their retrieved texts (veille.evaluation.goldcheck).

usage: python scripts/check_gold.py corpus/real3/gold/*.json [--root DIR]
Each file's ``source`` is read under --root (default: the repository root). Prints one line per error or warning,
then a count; exit status 1 when a file has an error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from veille.evaluation.goldcheck import check_real_gold

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--root", type=Path, default=ROOT, help="folder the files' sources are relative to")
    args = parser.parse_args(argv)
    bad = 0
    for path in args.files:
        check = check_real_gold(path, args.root)
        for line in check.errors:
            print(f"{path}: {line}")
        for line in check.warnings:
            print(f"{path}: warning: {line}")
        bad += not check.ok
    print(f"{len(args.files) - bad}/{len(args.files)} files pass")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
