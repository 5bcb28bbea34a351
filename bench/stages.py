"""What each analysis stage adds to the spaCy parse alone: entities (target <= 15% extra), quotes, events.

    python bench/stages.py [--repeat N] [--against SRC | --native]

Texts: the dev gold corpus sources and, when present, the seed, extracted once. For every article the
parse and each stage are timed in turn, N times (default 5), and the per-article minimum is kept (the
least disturbed run); the figures are the sums over articles, per language and overall, measured in
this one run with warm models; the parse is spaCy's pipeline as shipped (its attribute ruler and thinc's ``blis``
matrix products, where Veille's pipeline has a table lookup and numpy's products giving the same Doc). The stages
share one text context per article, as the pipeline's do (its datelines, segments and mention index are computed
once, charged to the first stage that reads them).

``--against SRC`` compares this tree's stages with those of another source tree (the ``src`` folder of a worktree
at an older commit, say) in this one process: that tree is imported under another package name, each article's
parse is handed to both, their stages run in turn (the order alternating) and timed in CPU time of this thread,
the per-article minimum kept; it prints each tree's milliseconds per stage, their ratio, and whether the two gave
the same entities, quotes and events on every text. A change that should only make the stages cheaper is checked
so: on a shared machine the ratio of two separate runs moves by 10% and more, this one by about 1% (the same
tree against itself: 0.99-1.00). The other tree is copied without its compiled modules: it runs as pure Python.

``--native`` measures this tree's native build (``make native``: mypyc's extensions beside their sources) against
its own sources run as pure Python, the same way (``--against`` this tree's ``src``), and prints each one's share of
the spaCy parse (the parse timed per article in this thread's CPU time, the minimum of the runs kept): the two
shares of one run, on the same texts and the same load.
"""

from __future__ import annotations

import argparse
import importlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "seed-fr.txt"
STAGES = ("entities", "quotes", "events")


def _stage_modules(package: str) -> dict[str, ModuleType]:
    names = {"ctx": "analysis.context", "ent": "analysis.entities", "q": "analysis.quotes", "ev": "analysis.events"}
    return {key: importlib.import_module(f"{package}.{name}") for key, name in names.items()}


def _other_tree(src: Path, tmp: Path) -> dict[str, ModuleType]:
    """The stage modules of the ``veille`` package under ``src``, imported as package ``veille_against``."""
    dst = tmp / "veille_against"
    shutil.copytree(src / "veille", dst, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
    for path in dst.rglob("*.py"):  # the package reads its data files through its own name
        text = path.read_text()
        renamed = text.replace('"veille.lang"', '"veille_against.lang"')
        if renamed != text:
            path.write_text(renamed)
    sys.path.insert(0, str(tmp))
    return _stage_modules("veille_against")


def _run(m: dict[str, ModuleType], doc, art) -> tuple[list[float], str]:
    """CPU seconds of each stage of tree ``m`` on ``doc``, and its output (entities, quotes, events) as JSON."""
    clock = time.thread_time
    t0 = clock()
    ctx = m["ctx"].TextContext.of(doc, art.language, art.published)
    entities = m["ent"].recognise(doc, lang=art.language, published=art.published, context=ctx)
    t1 = clock()
    quotes = m["q"].extract_quotes(doc, entities, lang=art.language, context=ctx)
    t2 = clock()
    events = m["ev"].code_events(doc, entities, quotes, lang=art.language, published=art.published, context=ctx)
    t3 = clock()
    return [t1 - t0, t2 - t1, t3 - t2], json.dumps([entities, quotes, events], sort_keys=True, default=str)


def _parse_cpu(arts: list, repeat: int) -> float:
    """CPU seconds of spaCy's parse as shipped (:func:`shipped_parse`) summed over ``arts``, the least of
    ``repeat`` runs for each."""
    clock, total = time.thread_time, 0.0
    for art in arts:
        best = float("inf")
        for _ in range(repeat):
            t0 = clock()
            shipped_parse(art.body, art.language)
            best = min(best, clock() - t0)
        total += best
    return total


def against(src: Path, docs: list, repeat: int, parse: float | None = None, native: bool = False) -> None:
    """Print this tree's stage times beside those of the tree under ``src`` (see the module docstring), and each
    tree's share of the parse when its CPU seconds ``parse`` are given; ``native``: the other tree is this one's
    sources run as pure Python."""
    with tempfile.TemporaryDirectory() as tmp:
        trees = {"this": _stage_modules("veille"), "other": _other_tree(src, Path(tmp))}
        best = {name: [[float("inf")] * len(STAGES) for _ in docs] for name in trees}
        same = 0
        for r in range(repeat + 1):  # round 0 warms both trees up (their data files) and compares the outputs
            for k, (doc, art) in enumerate(docs):
                outputs = {}
                for name in ("this", "other") if (r + k) % 2 else ("other", "this"):
                    times, outputs[name] = _run(trees[name], doc, art)
                    if r:
                        best[name][k] = [min(a, b) for a, b in zip(best[name][k], times, strict=True)]
                same += int(r == 0 and outputs["this"] == outputs["other"])
    totals = {name: [sum(b[i] for b in rows) for i in range(len(STAGES))] for name, rows in best.items()}
    labels = (
        (("other", "pure Python"), ("this", "native build")) if native else (("other", str(src)), ("this", "this tree"))
    )
    print(f"{'tree':<8} " + " ".join(f"{s + ' ms':>12}" for s in STAGES) + f" {'all ms':>10}")
    for name, label in labels:
        row = totals[name]
        print(f"{name:<8} " + " ".join(f"{1000 * v:12.1f}" for v in row) + f" {1000 * sum(row):10.1f}  {label}")
    ratios = [a / b for a, b in zip(totals["this"], totals["other"], strict=True)]
    overall = sum(totals["this"]) / sum(totals["other"])
    print(f"{'ratio':<8} " + " ".join(f"{v:12.3f}" for v in ratios) + f" {overall:10.3f}  this / other (CPU)")
    print(f"same entities, quotes and events on {same} of {len(docs)} texts")
    if parse:
        print(f"parse {1000 * parse:.1f} ms (CPU, spaCy as shipped); the stages together add to it:")
        for name, label in labels:
            row = totals[name]
            cells = ", ".join(f"{s} {100 * v / parse:.1f}%" for s, v in zip(STAGES, row, strict=True))
            print(f"  {name:<6} {100 * sum(row) / parse:5.1f}% ({cells})  {label}")


def shipped_parse(text: str, lang: str):
    """``nlp.parse(text, lang)`` with spaCy's attribute ruler where Veille put its table lookup, and thinc's ``blis``
    matrix products where Veille put numpy's (the same Doc): the stages' shares are of spaCy's own parse, as before
    the table (:mod:`veille.analysis.attrtable`) and numpy's products (:mod:`veille.analysis.gemm`)."""
    from veille.analysis import nlp
    from veille.analysis.gemm import numpy_gemm, uses_numpy_gemm

    text = nlp.normalise_spaces(text)
    model = nlp.load(lang)
    was = uses_numpy_gemm(model)
    numpy_gemm(model, on=False)
    try:
        if len(nlp.parts(text)) > 1:
            return nlp.parse(text, lang)
        doc = model.make_doc(text)
        for _name, proc in model.pipeline:
            doc = getattr(proc, "shipped", proc)(doc)
        return doc
    finally:
        numpy_gemm(model, on=was)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--against", type=Path, help="the src folder of another tree to compare the stages with")
    ap.add_argument("--native", action="store_true", help="this tree's native build against its pure sources")
    args = ap.parse_args(argv)
    if args.native:
        from veille.native import native_build, summary

        if not native_build().modules:
            ap.error("no compiled module in this tree: make native first")
        print(summary())

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
    if args.native or args.against is not None:
        src = ROOT / "src" if args.native else args.against
        parse = _parse_cpu(arts, args.repeat) if args.native else None
        against(src, [(nlp.parse(a.body, a.language), a) for a in arts], args.repeat, parse, args.native)
        return 0
    totals: dict[str, dict[str, float]] = {}
    for lang in sorted({a.language for a in arts}):
        nlp.load(lang)
        recognise(nlp.parse("Paris et Berlin.", lang), lang=lang)  # load the knowledge base before timing
    for art in arts:
        best = {}
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            doc = shipped_parse(art.body, art.language)
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
        cells = " ".join(f"{100 * row[k] / parse:9.1f}%" for k in STAGES)
        print(f"{group:<6} {int(row['articles']):>4} {1000 * parse / row['articles']:10.1f} {cells}")
    share = totals["all"]["entities"] / totals["all"]["parse"]
    print(
        f"entity analysis adds {100 * share:.1f}% to the parse (target <= 15%: {'PASS' if share <= 0.15 else 'FAIL'})"
    )
    quotes = totals["all"]["quotes"] / totals["all"]["parse"]
    events = totals["all"]["events"] / totals["all"]["parse"]
    together = share + quotes + events
    print(f"quote analysis adds {100 * quotes:.1f}%, event coding adds {100 * events:.1f}% (parse ms = per article)")
    print(f"the stages together add {100 * together:.1f}% (target <= 35%: {'PASS' if together <= 0.35 else 'FAIL'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
