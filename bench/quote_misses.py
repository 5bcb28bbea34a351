"""Why the real dev split's gold quotes are missed: the text not found, its start wrong, or its speaker wrong.

    python bench/quote_misses.py --gold corpus/real2/gold --texts . [--lang en] [--list N]
    python bench/quote_misses.py --gold ../shared/real/gold --texts corpus/real/raw --lang en --list 40

For each required gold quote of the **dev** texts (the blind ones are never opened: their split is read from the gold
first) with a ``text_starts``, the record of the pipeline decides one cause, the first that applies:

* ``found``: a predicted quote holds the gold's first words and has its speakers (the scoring of ``veille eval``);
* ``shares a quote``: so, but ``veille eval``, which pairs one gold with one prediction, gave every such predicted
  quote to another gold quote of the text (a quoted fragment and the reported clause that holds it, where no
  prediction holds the fragment alone): the file is scored as the eval scores it, and a gold it pairs is ``found``;
* ``speaker wrong``: a predicted quote holds the first words, with other speakers;
* ``start wrong``: no predicted quote holds the first words, but one overlaps where they are printed (it starts
  later, or ends before them);
* ``not detected``: no predicted quote overlaps them.

``--list N`` names up to N misses of each cause (the file, the gold's speakers or description, the first words, and
for a wrong speaker the predicted ones). A reading of the trace, not a score: the causes tell where work would land.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "real"
CAUSES = ("found", "shares a quote", "speaker wrong", "start wrong", "not detected")


def text_path(gold: dict[str, Any], stem: str, texts: Path) -> Path:
    """The raw text of a gold file (as bench/event_misses.py finds it)."""
    return texts / gold["source"] if gold.get("source") else texts / f"{stem}.txt"


def cause(gold: dict[str, Any], pred: dict[str, Any], ids: Any, paired: bool) -> tuple[str, list[Any]]:
    """The first cause of the module docstring that applies to one gold quote, and the speakers of the predicted
    quote that holds its first words (for ``speaker wrong``); ``paired``: ``veille eval`` counted the gold found."""
    from veille.evaluation.fields import _opening
    from veille.evaluation.predictions import body_text, span_of
    from veille.evaluation.text import find_spans, fold

    quotes = [q for q in pred.get("quotes") or [] if isinstance(q, dict)]
    start = _opening(gold["text_starts"])  # as ``veille eval`` compares: "We refuse," holds in "We refuse"
    holding = [q for q in quotes if start in fold(q.get("text") or "")]
    right = [q for q in holding if ids.same_speakers(gold.get("speakers") or [], q.get("speakers") or [])]
    if paired:
        return "found", []
    if right:
        return "shares a quote", []
    if holding:
        return "speaker wrong", holding[0].get("speakers") or []
    body = body_text(pred)
    where = find_spans(gold["text_starts"], body)
    spans = [span_of(q, body) for q in quotes]
    if any(a < e and s < b for s, e in where for a, b in spans if b > a):
        return "start wrong", []
    return "not detected", []


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "gold")
    ap.add_argument("--texts", type=Path, default=ROOT / "corpus" / "real" / "raw")
    ap.add_argument("--lang", default=None, help="only the texts of this language")
    ap.add_argument("--list", type=int, default=0, metavar="N", help="name up to N dev misses of each cause")
    args = ap.parse_args(argv)
    if not args.gold.is_dir():
        print(f"{args.gold}: not found: nothing measured")
        return 0

    from veille.config import Settings
    from veille.evaluation.fields import score_quotes
    from veille.evaluation.identity import Identities
    from veille.evaluation.predictions import quote_label
    from veille.evaluation.report import FileResult
    from veille.pipeline import process

    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    named: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    for path in sorted(args.gold.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("split") != "dev":
            continue  # blind: never opened
        lang = data.get("language") or "?"
        if args.lang and lang != args.lang:
            continue
        text = text_path(data, path.stem, args.texts)
        if not text.is_file():
            continue
        outcome = next(iter(process([str(text)], Settings())))
        pred = outcome.article.to_dict() if outcome.article is not None else {}
        ids = Identities(data, pred)
        scored = FileResult(path.stem, str(path), lang)
        score_quotes(data, pred, scored, ids)
        unpaired = collections.Counter(scored.missed.get("quotes", []))
        golds = [g for g in data.get("quotes") or [] if (g.get("text_starts") or "").strip()]
        for gold in golds:
            if gold.get("required", True) is False:
                continue  # an optional gold quote counts for no recall in ``veille eval``
            label = quote_label(gold)
            paired = unpaired[label] == 0
            unpaired[label] -= 0 if paired else 1
            found, said = cause(gold, pred, ids, paired)
            kind = "partial" if gold.get("partial") else "direct" if gold.get("direct") else "reported"
            table[lang][found] += 1
            table[lang][f"{found} ({kind})"] += 1
            if found != "found" and len(named[(lang, found)]) < args.list:
                who = ", ".join(gold.get("speakers") or []) or f"~{gold.get('speaker_description') or '?'}"
                got = ", ".join(f"{s.get('name')}{'' if s.get('id') else '~'}" for s in said)
                said_by = f" -> {got}" if found == "speaker wrong" else ""
                named[(lang, found)].append(f"{path.stem} {kind} [{who}] {gold['text_starts']!r}{said_by}")
    langs = sorted(table)
    print("dev split, gold quotes by cause")
    print(f"{'cause':<28}" + "".join(f"{lang:>8}" for lang in langs))
    for name in CAUSES:
        for row in (name, *(f"{name} ({k})" for k in ("direct", "partial", "reported"))):
            print(f"{row:<28}" + "".join(f"{table[lang][row]:>8}" for lang in langs))
    for (lang, name), items in sorted(named.items()):
        print(f"\n{lang} {name}:")
        for item in items:
            print(f"  {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
