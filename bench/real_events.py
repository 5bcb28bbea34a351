"""The main act of each real-news article: is it found as a realised event of its type?

    python bench/real_events.py [--index ../shared/real/INDEX.tsv] [--gold ../shared/real/gold] [--texts DIR]
    python bench/real_events.py --index corpus/real2/INDEX.tsv --gold corpus/real2/gold --texts corpus/real2/raw

Each of the 140 indexed articles was retrieved for one kind of act (column ``kind`` of INDEX.tsv: SANCTION,
COERCE, ...). Per language and split, the share of articles whose record holds a realised event (neither negated
nor with a modality) of that type ("type"), and of that type with the sides of one of the article's realised gold
events of that type ("type+sides", the scoring of ``veille eval``). Texts not retrieved are skipped. The dev
articles missed are named; blind ones only ever counted (their split is read from the gold before anything else).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "real"


def sides_ok(gold: dict[str, Any], pred: dict[str, Any], ids: Any = None) -> bool:
    """The scoring rule of ``veille eval`` (:func:`veille.evaluation.identity.sides_match`): each side the gold states
    overlaps the predicted one, a predicted party standing also for the gold codes of the gold entities it is when
    the file's identities ``ids`` are given."""
    from veille.evaluation.identity import sides_match

    return sides_match(gold, pred, ids)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--index", type=Path, default=SHARED / "INDEX.tsv")
    ap.add_argument("--gold", type=Path, default=SHARED / "gold")
    ap.add_argument("--texts", type=Path, default=ROOT / "corpus" / "real" / "raw")
    args = ap.parse_args(argv)
    if not args.texts.is_dir():  # a worktree reads the texts of the main checkout
        args.texts = ROOT.parent / "main" / "corpus" / "real" / "raw"

    from veille.config import Settings
    from veille.evaluation.identity import Identities
    from veille.pipeline import process

    settings = Settings()
    lines = args.index.read_text(encoding="utf-8").splitlines()
    if lines and lines[0].startswith("# "):  # corpus/real2/INDEX.tsv: the header is a comment line
        lines[0] = lines[0][2:]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    # (split, lang) -> [articles, type found, type+sides found]; dev ids missed
    table: dict[tuple[str, str], list[int]] = {}
    missed: dict[str, list[str]] = {}
    skipped = 0
    for row in rows:
        gold_path = args.gold / f"{row['id']}.json"
        if not gold_path.is_file():
            skipped += 1
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        split, lang, kind = gold.get("split"), row["lang"], row["kind"].strip().upper()
        source = args.texts / f"{row['id']}.txt"
        if not source.is_file():
            skipped += 1
            continue
        outcome = next(iter(process([str(source)], settings)))
        record = {} if outcome.article is None else outcome.article.to_dict()
        events = record.get("events") or []
        ids = Identities(gold, record)
        realised = [e for e in events if e.get("type") == kind and not e.get("negated") and e.get("modality") is None]
        golds = [e for e in gold.get("events", []) if e.get("type") == kind and e.get("status") == "realised"]
        strict = any(sides_ok(g, p, ids) for g in golds for p in realised)
        counts = table.setdefault((str(split), lang), [0, 0, 0])
        counts[0] += 1
        counts[1] += bool(realised)
        counts[2] += strict
        if split == "dev" and not strict:
            missed.setdefault(lang, []).append(f"{row['id']} {kind}" + (" (type only)" if realised else ""))
    print(f"{'split':6} {'lang':4} {'articles':>8} {'type':>12} {'type+sides':>12}")
    for split in ("dev", "blind", "all"):
        for lang in sorted({lang for _, lang in table}):
            n, typed, strict = (
                [sum(v[i] for (s, la), v in table.items() if la == lang) for i in range(3)]
                if split == "all"
                else table.get((split, lang), [0, 0, 0])
            )
            if n:
                print(f"{split:6} {lang:4} {n:8d} {typed:4d} ({typed / n:4.0%}) {strict:4d} ({strict / n:4.0%})")
    for lang, ids in sorted(missed.items()):
        print(f"\ndev {lang}, main act not found with its sides ({len(ids)}): " + ", ".join(ids))
    if skipped:
        print(f"\n{skipped} articles skipped (no gold or text not retrieved)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
