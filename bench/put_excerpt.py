"""Write one retrieved excerpt exactly as the stored-pages search returned it.

usage: python bench/put_excerpt.py DEST SHA12 < excerpt.json

Standard input holds the result's ``excerpt`` as the search answer's JSON shows it: the string literal, quotes and
escapes included, pasted, never retyped. The text is decoded and written to DEST (UTF-8, nothing added or stripped);
prints OK when its SHA-256 prefix is SHA12, DIFFER when not, WROTE when SHA12 is ``-`` (the shared 140 are checked
by ../shared/real/check.py). Exit status 1 on DIFFER or on input that is not a JSON string.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    dest, sha12 = Path(args[0]), args[1]
    try:
        text = json.loads(sys.stdin.read().strip())
    except json.JSONDecodeError as err:
        print(f"{dest}: standard input is not a JSON string literal ({err})", file=sys.stderr)
        return 1
    if not isinstance(text, str):
        print(f"{dest}: standard input is JSON but not a string", file=sys.stderr)
        return 1
    dest.parent.mkdir(parents=True, exist_ok=True)
    with open(dest, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    got = hashlib.sha256(text.encode()).hexdigest()[:12]
    if sha12 == "-":
        print(f"WROTE {dest} ({len(text)} characters)")
        return 0
    print(f"OK {dest}" if got == sha12 else f"DIFFER {dest} (sha12 {got}, the index says {sha12})")
    return 0 if got == sha12 else 1


if __name__ == "__main__":
    sys.exit(main())
