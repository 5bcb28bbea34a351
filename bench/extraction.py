"""Extraction benchmark: Veille's HTML extraction against trafilatura (both settings) and readability-lxml.

    python bench/extraction.py [--limit N] [--repeat R] [--own-only]

Two page sets:
- ScrapingHub (../shared/bench/scrapinghub, 181 real pages; skipped when absent);
- Veille's own invented pages (tests/fixtures/html/*.html, each with its body in a .json beside it).

Extractors, run in the same process, interleaved page by page, so that the time ratios are measured under
the same conditions:
- Veille ``extract_html`` (body, title, authors, date, captions, bylines, standfirst, audit list);
- trafilatura ``extract`` with its default settings and with ``favor_precision`` (text only, comments off,
  as the benchmark's README measures it);
- readability-lxml ``Document(html).summary()``, its blocks as lines.

Metric (../shared/bench/README.md): 4-token shingles of \\w+ tokens; per-page TP/FP/FN normalised so every
page weighs the same; mean precision and recall over pages; F1 of the two means; accuracy = identical
token lists. Time: median (and mean) ms per page, wall clock and the process's CPU time (the machine may be
shared: CPU time is steadier); the target is Veille's median <= 1.2x the median of either trafilatura setting.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "bench" / "scrapinghub"
OWN = ROOT / "tests" / "fixtures" / "html"
_TOKEN = re.compile(r"\w+", re.UNICODE)
#: the target of issue 14: Veille's median time per page at most this multiple of trafilatura's
TIME_TARGET = 1.2
F1_TARGET = 0.97


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(len(tokens) - n + 1, 0)))


def page_scores(pred: str, truth: str) -> tuple[float, float, bool]:
    p, t = shingles(pred), shingles(truth)
    tp = sum((p & t).values())
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0, _TOKEN.findall(pred or "") == _TOKEN.findall(truth or "")
    tp, fp, fn = tp / total, fp / total, fn / total
    precision = 1.0 if fp == 0 and fn == 0 else (tp / (tp + fp) if tp + fp else 0.0)
    recall = 1.0 if fp == 0 and fn == 0 else (tp / (tp + fn) if tp + fn else 0.0)
    return precision, recall, _TOKEN.findall(pred or "") == _TOKEN.findall(truth or "")


def summarise(rows: list[tuple[float, float, bool]]) -> dict:
    p = statistics.fmean(r[0] for r in rows)
    r = statistics.fmean(r[1] for r in rows)
    return {
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "precision": p,
        "recall": r,
        "accuracy": sum(1 for x in rows if x[2]) / len(rows),
    }


def scrapinghub_pages(limit: int) -> list[tuple[str, bytes, str]]:
    if not DATA.exists():
        print(f"ScrapingHub skipped: benchmark data not found at {DATA} (needs ../shared)")
        return []
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[: limit or None]
    return [(k, gzip.decompress((DATA / "html" / f"{k}.html.gz").read_bytes()), truth[k]["articleBody"]) for k in keys]


def own_pages() -> list[tuple[str, bytes, str]]:
    pages = []
    for path in sorted(OWN.glob("*.html")):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        pages.append((path.stem, path.read_bytes(), "\n".join(gold["body"])))
    return pages


def extractors() -> dict[str, Callable[[bytes], str]]:
    import trafilatura
    from lxml.html import fromstring
    from readability import Document

    from veille.errors import NoArticle
    from veille.extract.html import extract_html

    def veille(html: bytes) -> str:
        try:
            return "\n".join(extract_html(html).paragraphs)
        except NoArticle:
            return ""

    def readability(html: bytes) -> str:
        try:
            summary = Document(html).summary(html_partial=True)
        except Exception:  # readability raises Unparseable (and lxml errors) on pages it cannot score
            return ""
        if not summary.strip():
            return ""
        root = fromstring(summary)
        for el in root.iter("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "br", "tr", "blockquote"):
            el.tail = "\n" + (el.tail or "")
        return root.text_content()

    return {
        "Veille extract_html": veille,
        "trafilatura (default)": lambda h: trafilatura.extract(h, include_comments=False) or "",
        "trafilatura (favor_precision)": lambda h: (
            trafilatura.extract(h, include_comments=False, favor_precision=True) or ""
        ),
        "readability-lxml": readability,
    }


def run(name: str, pages: list[tuple[str, bytes, str]], repeat: int, *, targets: bool = True) -> None:
    fns = extractors()
    for fn in fns.values():  # warm up: imports, data files and caches load outside the timings
        fn(pages[0][1])
    outputs: dict[str, list[str]] = {n: [] for n in fns}
    times: dict[str, list[list[float]]] = {n: [[] for _ in pages] for n in fns}
    cpu: dict[str, list[list[float]]] = {n: [[] for _ in pages] for n in fns}
    # each pass times every page once, the extractors interleaved page by page in an order that turns from
    # pass to pass; a page's time is its median over the passes (repeating a page back to back would time
    # trafilatura's warm text caches instead)
    names = list(fns)
    for r in range(repeat):
        order = names[r % len(names) :] + names[: r % len(names)]  # each pass starts with another extractor
        for i, (_key, html, _gold) in enumerate(pages):
            for n in order:
                fn = fns[n]
                t0, c0 = time.perf_counter(), time.process_time()
                out = fn(html)
                c1, t1 = time.process_time(), time.perf_counter()
                times[n][i].append(t1 - t0)
                cpu[n][i].append(c1 - c0)
                if r == 0:
                    outputs[n].append(out)
    rows = {n: [page_scores(out, gold) for out, (_k, _h, gold) in zip(outputs[n], pages, strict=True)] for n in fns}
    ms = {n: [1000 * statistics.median(t) for t in times[n]] for n in fns}
    cpu_ms = {n: [1000 * statistics.median(t) for t in cpu[n]] for n in fns}
    print(f"\n{name}, {len(pages)} pages")
    head = f"{'extractor':<32} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6}"
    print(f"{head} {'median ms':>10} {'mean ms':>8} {'median cpu ms':>14}")
    scores = {n: summarise(r) for n, r in rows.items()}
    for n, s in scores.items():
        print(
            f"{n:<32} {s['f1']:6.3f} {s['precision']:6.3f} {s['recall']:6.3f} {s['accuracy']:6.3f} "
            f"{statistics.median(ms[n]):10.1f} {statistics.fmean(ms[n]):8.1f} {statistics.median(cpu_ms[n]):14.1f}"
        )
    for label, clock in (("wall", ms), ("cpu", cpu_ms)):
        ours = statistics.median(clock["Veille extract_html"])
        ratios = {n: ours / statistics.median(clock[n]) for n in fns if n.startswith("trafilatura")}
        listed = ", ".join(f"{n} {r:.2f}" for n, r in ratios.items())
        verdict = "PASS" if max(ratios.values()) <= TIME_TARGET else "FAIL"
        print(f"median {label} time, Veille / {listed}" + (f" (target <= {TIME_TARGET}: {verdict})" if targets else ""))
    if not targets:
        return
    best_other = max(s["f1"] for n, s in scores.items() if n != "Veille extract_html")
    f1 = scores["Veille extract_html"]["f1"]
    verdict = "PASS" if f1 >= F1_TARGET and f1 > best_other else "FAIL"
    print(f"Veille F1 {f1:.3f}, best other {best_other:.3f} (target >= {F1_TARGET} and ahead: {verdict})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N ScrapingHub pages")
    ap.add_argument("--repeat", type=int, default=1, help="R passes over the pages (per-page median)")
    ap.add_argument("--own-only", action="store_true", help="only Veille's own pages")
    args = ap.parse_args(argv)
    if not args.own_only:
        pages = scrapinghub_pages(args.limit)
        if pages:
            run("ScrapingHub article extraction", pages, args.repeat)
    # pages of a few kB, timed for the record: there the fixed costs of a call weigh most
    run("Veille's own pages (tests/fixtures/html)", own_pages(), args.repeat, targets=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
