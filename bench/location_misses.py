"""Where the matched events of the real tuning sets miss their gold place: a listing to sort by class.

    python bench/location_misses.py corpus/real10 [corpus/real11 ...] [--ids ya-04,yd-03]

For each dev text, each required gold event with a ``location``, the realised events of its type and sides
(the scoring of ``veille eval``) are listed with the place each carries and their sentence; the gold's place is
sought in the text (how often it is printed, whether in the sentence of the gold trigger), and the text's dateline
place is given. Lines whose events all carry the gold's place are left out. A reading, not a score.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def fold(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s or "").casefold()
    return "".join(c for c in s if not unicodedata.combining(c))


def place_ok(expected: str, value: Any) -> bool:
    from veille.evaluation.fields import attribute_ok

    return attribute_ok("location", expected, value)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--ids", default="")
    args = ap.parse_args(argv)
    from veille.config import Settings
    from veille.evaluation.identity import Identities, sides_match
    from veille.pipeline import process

    only = {i for i in args.ids.split(",") if i}
    for folder in args.sets:
        for path in sorted((folder / "gold").glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("split") != "dev" or (only and path.stem not in only):
                continue
            golds = [g for g in data.get("events") or [] if g.get("location") and g.get("required", True)]
            if not golds:
                continue
            text = folder / "raw" / f"{path.stem}.txt"
            raw = text.read_text(encoding="utf-8")
            outcome = next(iter(process([str(text)], Settings())))
            record = outcome.article.to_dict() if outcome.article is not None else {}
            ids = Identities(data, record)
            events = [e for e in record.get("events", []) if not e.get("negated") and not e.get("modality")]
            for g in golds:
                same = [e for e in events if e.get("type") == g["type"] and sides_match(g, e, ids)]
                if not same or any(place_ok(g["location"], e.get("location")) for e in same):
                    continue
                loc = g["location"]
                n = fold(raw).count(fold(loc))
                sides = f"{'+'.join(g.get('actors') or [])} -> {'+'.join(g.get('recipients') or [])}"
                print(
                    f"## {path.stem} {data.get('language')} {g['type']} {sides} gold={loc!r} printed={n} "
                    f"trigger={g.get('trigger')!r}"
                )
                for e in same:
                    where = e.get("location")
                    name = where.get("name") if isinstance(where, dict) else where
                    sent = ((e.get("sentence") or {}).get("text") or "").replace("\n", " ")
                    print(f"   pred={name!r} trig={e.get('trigger')!r} | {sent[:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
