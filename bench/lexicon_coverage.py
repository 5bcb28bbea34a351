"""How many of a CAMEO-style verb dictionary's verbs the English trigger lexicon codes, per PLOVER type.

    python bench/lexicon_coverage.py CAMEO.verbpatterns.txt [--missing]

The dictionary is not in the repository (PETRARCH2's ``CAMEO.verbpatterns.150430.txt``, MIT licence: read it
where you fetched it). Its verb blocks open with ``--- NAME [code] ---`` and list one verb per line before their
patterns; a block's CAMEO root (first two digits) is mapped to the PLOVER type it becomes (the CAMEO-to-PLOVER
crosswalk of the PLOVER documentation, roots 01 "make statement" and 03 "express intent" apart: no act). Prints,
per PLOVER type, the verbs of the dictionary and how many of them are a verb lemma of ``lang/en/events.tsv`` (any
type: the measure is coverage, not agreement); ``--missing`` lists the others, to read, not to copy. A verb's own
code, where its line gives one, beats its block's. A verb is added to the lexicon by hand, in PLOVER terms, with its
conditions, and an invented test.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEXICON = ROOT / "src" / "veille" / "lang" / "en" / "events.tsv"
PLOVER = {
    "02": "REQUEST", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID", "08": "CONCEDE",
    "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST",
    "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}  # fmt: skip


def lexicon_verbs(path: Path = LEXICON) -> set[str]:
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    return {r[1] for r in rows if len(r) > 2 and r[0] == "verb"}


def dictionary_verbs(path: Path) -> dict[str, set[str]]:
    """PLOVER type -> the single-word verbs of the dictionary's blocks of that CAMEO root."""
    out: dict[str, set[str]] = {}
    etype = None
    for line in path.read_text(encoding="latin-1").splitlines():
        head = re.match(r"---\s*\S+\s*\[([0-9]{2})", line)
        if line.startswith("---"):
            etype = PLOVER.get(head.group(1)) if head else None
            continue
        if not line.strip() or line.startswith(("-", "#", "&", "+")):
            continue
        own = re.search(r"\[([0-9]{2})[0-9]*\]", line.split("#")[0])  # a verb's own code beats its block's
        vtype = PLOVER.get(own.group(1)) if own else etype
        word = line.split()[0].split("{")[0].lower()
        if vtype is not None and re.fullmatch(r"[a-z]+", word):
            out.setdefault(vtype, set()).add(word)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("dictionary", type=Path)
    ap.add_argument("--missing", action="store_true")
    args = ap.parse_args(argv)
    ours = lexicon_verbs()
    total = covered = 0
    print(f"{'PLOVER type':12} {'verbs':>6} {'ours':>6} {'share':>6}")
    for etype, verbs in sorted(dictionary_verbs(args.dictionary).items()):
        have = verbs & ours
        total, covered = total + len(verbs), covered + len(have)
        print(f"{etype:12} {len(verbs):6d} {len(have):6d} {len(have) / len(verbs):6.0%}")
        if args.missing:
            print("   missing: " + " ".join(sorted(verbs - ours)))
    print(f"{'all':12} {total:6d} {covered:6d} {covered / max(total, 1):6.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
