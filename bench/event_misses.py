"""Why the real dev split's gold events are missed: where in the coder each one is lost.

    python bench/event_misses.py [--gold ../shared/real/gold] [--texts DIR] [--list N]
    python bench/event_misses.py --gold corpus/real2/gold --texts . --list 40     (gold files with a ``source``)

For each required gold event of the **dev** texts (the blind ones are never opened: their split is read from the
gold first), the record's events and the coder's own steps decide one cause, the first that applies:

* ``found``: a realised event of its type and sides (the scoring of ``veille eval``);
* ``flagged``: an event of its type and sides, but negated or with a modality;
* ``wrong sides``: an event of its type whose actors, recipients or both differ; the listing tells which of them
  is read in the sentence that holds the gold trigger (:func:`at_trigger`: "here A -> B"), or that none is
  ("elsewhere": the gold trigger itself is not read as an event of the type, another act of the type told
  elsewhere in the text is; a recall miss of the text, not a reading with the wrong sides);
* ``dropped: no actor`` / ``no recipient`` / ``on itself``: a trigger of its type was read in the sentence that
  holds the gold trigger, and the coding rules dropped the reading (``events.build.build`` returned None) with no
  actor code, no recipient code, or one state on both sides;
* ``not read``: the sentence has triggers, none of the gold event's type; ``no trigger``: it has none.

The coder is observed by wrapping the two functions its loop calls (``coder.match_trigger``, ``coder.build``); the
records are those of the pipeline. ``--list N`` names up to N dev misses of each cause (type, sides, the gold
trigger). A reading of the trace, not a score: the causes tell where work on recall would land.
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
CAUSES = (
    "found",
    "flagged",
    "wrong sides",
    "dropped: no actor",
    "dropped: no recipient",
    "dropped: on itself",
    "not read",
    "no trigger",
)


def codes(items: list[Any] | None) -> frozenset[str]:
    return frozenset(str(c).strip().upper() for i in items or [] if (c := i.get("code") if isinstance(i, dict) else i))


def sides_ok(gold: dict[str, Any], pred: dict[str, Any], ids: Any = None) -> bool:
    """The scoring rule of ``veille eval`` (:func:`veille.evaluation.identity.sides_match`): each side the gold states
    overlaps the predicted one, a predicted party standing also for the gold codes of the gold entities it is when
    the file's identities ``ids`` are given."""
    from veille.evaluation.identity import sides_match

    return sides_match(gold, pred, ids)


def cause(
    gold: dict[str, Any], events: list[dict[str, Any]], steps: list[tuple[str, str, Any]], ids: Any = None
) -> str:
    """The first cause of the module docstring that applies to one gold event."""
    same = [e for e in events if e.get("type") == gold["type"]]
    if any(sides_ok(gold, e, ids) and not e.get("negated") and not e.get("modality") for e in same):
        return "found"
    if any(sides_ok(gold, e, ids) for e in same):
        return "flagged"
    if same:
        return "wrong sides"
    trigger = (gold.get("trigger") or "").casefold()
    here = [(kind, etype, info) for kind, sentence, (etype, info) in steps if trigger and trigger in sentence]
    dropped = [info for kind, etype, info in here if kind == "dropped" and etype == gold["type"]]
    if dropped:
        actors, recipients = dropped[0]
        if not actors:
            return "dropped: no actor"
        return "dropped: no recipient" if not recipients else "dropped: on itself"
    return "not read" if here else "no trigger"


def at_trigger(gold: dict[str, Any], events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events of the gold event's type read in the sentence that holds its trigger (the record's sentence text,
    casefolded, holds the casefolded trigger)."""
    trigger = (gold.get("trigger") or "").casefold()
    return [
        e
        for e in events
        if e.get("type") == gold["type"]
        and trigger
        and trigger in ((e.get("sentence") or {}).get("text") or "").casefold()
    ]


def _sides(event: dict[str, Any]) -> str:
    return f"{'+'.join(sorted(codes(event.get('actors'))))} -> {'+'.join(sorted(codes(event.get('recipients'))))}"


def text_path(gold: dict[str, Any], stem: str, texts: Path) -> Path:
    """The raw text of a gold file: its ``source`` under ``texts`` (corpus/real2 names the file relative to the
    repository root: ``--texts .``), else ``<texts>/<id>.txt`` (the shared set's raw folder)."""
    return texts / gold["source"] if gold.get("source") else texts / f"{stem}.txt"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "gold")
    ap.add_argument("--texts", type=Path, default=ROOT / "corpus" / "real" / "raw")
    ap.add_argument("--list", type=int, default=0, metavar="N", help="name up to N dev misses of each cause")
    args = ap.parse_args(argv)
    if not args.gold.is_dir():
        print(f"{args.gold}: not found (the shared real-news gold, ../shared/real/gold): nothing measured")
        return 0

    from veille.analysis.events import coder
    from veille.config import Settings
    from veille.evaluation.identity import Identities
    from veille.pipeline import process

    steps: list[tuple[str, str, Any]] = []  # (kind, sentence folded, (type, info)) of the text being analysed
    match, build = coder.match_trigger, coder.build

    def watched_match(f: Any, tok: Any) -> Any:
        hit = match(f, tok)
        if hit is not None:
            steps.append(("read", tok.sent.text.casefold(), (hit[0].type, None)))
        return hit

    def watched_build(f: Any, r: Any) -> Any:
        ev = build(f, r)
        if ev is None:
            sides = ([p for p in r.actors if p.code], [p for p in r.recipients if p.code])
            steps.append(("dropped", r.sent.text.casefold(), (r.type, sides)))
        return ev

    coder.match_trigger, coder.build = watched_match, watched_build
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    named: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    at_sentence: collections.Counter[str] = collections.Counter()  # wrong sides read at the gold trigger
    skipped = 0
    for path in sorted(args.gold.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("split") != "dev":
            continue  # blind: never opened
        text = text_path(data, path.stem, args.texts)
        if not text.is_file():
            skipped += 1
            continue
        steps.clear()
        outcome = next(iter(process([str(text)], Settings())))
        record = outcome.article.to_dict() if outcome.article is not None else {}
        events = record.get("events", [])
        ids = Identities(data, record)
        lang = data.get("language") or "?"
        for gold in data.get("events") or []:
            if gold.get("required", True) is False:
                continue
            found = cause(gold, events, steps, ids)
            table[lang][found] += 1
            here = at_trigger(gold, events) if found == "wrong sides" else []
            if found == "wrong sides" and here:
                at_sentence[lang] += 1
            if found != "found" and len(named[(lang, found)]) < args.list:
                sides = f"{'+'.join(gold.get('actors') or [])} -> {'+'.join(gold.get('recipients') or [])}"
                read = ""
                if found == "wrong sides":
                    read = " here " + ", ".join(_sides(e) for e in here) if here else " elsewhere"
                named[(lang, found)].append(f"{path.stem} {gold['type']} {sides} [{gold.get('trigger')}]{read}")
    coder.match_trigger, coder.build = match, build
    print(f"real dev split, required gold events by cause{f' ({skipped} texts not retrieved)' if skipped else ''}")
    langs = sorted(table)
    print(f"{'cause':<24}" + "".join(f"{lang:>8}" for lang in langs))
    for name in CAUSES:
        print(f"{name:<24}" + "".join(f"{table[lang][name]:>8}" for lang in langs))
        if name == "wrong sides":  # of which read in the gold trigger's sentence (the rest: elsewhere)
            print(f"{'  at the trigger':<24}" + "".join(f"{at_sentence[lang]:>8}" for lang in langs))
    print(f"{'all':<24}" + "".join(f"{sum(table[lang].values()):>8}" for lang in langs))
    for (lang, name), items in sorted(named.items()):
        if not items:
            continue
        print(f"\n{lang} {name}:")
        for item in items:
            print(f"  {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
