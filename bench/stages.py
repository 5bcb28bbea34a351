"""What each analysis stage adds to the spaCy parse alone: entities (target <= 15% extra), quotes, events.

    python bench/stages.py [--repeat N]

Texts: the dev gold corpus sources and, when present, the seed, extracted once. For every article the
parse and each stage are timed in turn, N times (default 5), and the per-article minimum is kept (the
least disturbed run); the figures are the sums over articles, per language and overall, measured in
this one run with warm models. The stages share one text context per article, as the pipeline's do (its
datelines, segments and mention index are computed once, charged to the first stage that reads them).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "seed-fr.txt"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)

    from veille.analysis import nlp
    from veille.analysis.context import TextContext
    from veille.analysis.entities import recognise
    from veille.analysis.events import code_events
    from veille.analysis.quotes import extract_quotes
    from veille.config import Settings
    from veille.pipeline import extract
    from veille.sources import iter_documents

    paths = sorted(str(p) for p in (ROOT / "corpus" / "dev" / "src").iterdir())
    if SEED.exists():
        paths.append(str(SEED))
    settings = Settings()
    arts = [extract(d, settings) for d in iter_documents(paths, settings) if not isinstance(d, Exception)]
    arts = [a for a in arts if nlp.supported(a.language)]
    totals: dict[str, dict[str, float]] = {}
    for lang in sorted({a.language for a in arts}):
        nlp.load(lang)
        recognise(nlp.parse("Paris et Berlin.", lang), lang=lang)  # load the knowledge base before timing
    for art in arts:
        best = {}
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            doc = nlp.parse(art.body, art.language)
            t1 = time.perf_counter()
            ctx = TextContext.of(doc, art.language, art.published)  # one per text, as the pipeline makes it
            entities = recognise(doc, lang=art.language, published=art.published, context=ctx)
            t2 = time.perf_counter()
            quotes = extract_quotes(doc, entities, lang=art.language, context=ctx)
            t3 = time.perf_counter()
            code_events(doc, entities, quotes, lang=art.language, published=art.published, context=ctx)
            t4 = time.perf_counter()
            for key, value in (("parse", t1 - t0), ("entities", t2 - t1), ("quotes", t3 - t2), ("events", t4 - t3)):
                best[key] = min(best.get(key, value), value)
        for group in (art.language, "all"):
            row = totals.setdefault(group, {"articles": 0})
            row["articles"] += 1
            for key, value in best.items():
                row[key] = row.get(key, 0.0) + value
    print(f"{'texts':<6} {'n':>4} {'parse ms':>10} {'entities':>10} {'quotes':>10} {'events':>10}")
    for group, row in totals.items():
        parse = row["parse"]
        cells = " ".join(f"{100 * row[k] / parse:9.1f}%" for k in ("entities", "quotes", "events"))
        print(f"{group:<6} {int(row['articles']):>4} {1000 * parse / row['articles']:10.1f} {cells}")
    share = totals["all"]["entities"] / totals["all"]["parse"]
    print(
        f"entity analysis adds {100 * share:.1f}% to the parse (target <= 15%: {'PASS' if share <= 0.15 else 'FAIL'})"
    )
    quotes = totals["all"]["quotes"] / totals["all"]["parse"]
    events = totals["all"]["events"] / totals["all"]["parse"]
    print(f"quote analysis adds {100 * quotes:.1f}%, event coding adds {100 * events:.1f}% (parse ms = per article)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
