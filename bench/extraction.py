"""Extraction benchmark on ../shared/bench/scrapinghub: Veille's HTML extraction against trafilatura alone.

    python bench/extraction.py [--limit N] [--repeat R]

Two baselines are timed in the same run, page by page, interleaved with Veille:
- trafilatura alone producing what Veille produces (body, title, authors, date: ``bare_extraction`` with
  metadata, favor_precision) -- the ratio the target (<= 1.2x) applies to;
- trafilatura's plain ``extract`` (body text only, no metadata), for reference.

Metric (../shared/bench/README.md): 4-token shingles of \\w+ tokens; per-page TP/FP/FN normalised so every
page weighs the same; mean precision and recall over pages; F1 of the two means; accuracy = identical
token lists. Both extractors run in the same process, interleaved page by page, so the time ratio is
measured under the same conditions.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "bench" / "scrapinghub"
_TOKEN = re.compile(r"\w+", re.UNICODE)


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


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages")
    ap.add_argument("--repeat", type=int, default=1, help="time each page R times (median)")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"skipped: benchmark data not found at {DATA} (needs ../shared)")
        return 0
    import trafilatura

    from veille.errors import NoArticle
    from veille.extract.html import extract_html

    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[: args.limit or None]
    ours_rows, base_rows, meta_rows, ours_ms, base_ms, meta_ms = [], [], [], [], [], []
    for key in keys:
        html = gzip.decompress((DATA / "html" / f"{key}.html.gz").read_bytes())
        gold = truth[key]["articleBody"]
        t_base, t_meta, t_ours = [], [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            base = trafilatura.extract(html, favor_precision=True) or ""
            t1 = time.perf_counter()
            doc = trafilatura.bare_extraction(html, favor_precision=True, with_metadata=True, include_comments=False)
            meta = (doc.text if doc is not None else "") or ""
            t2 = time.perf_counter()
            try:
                ours = "\n".join(extract_html(html, source=key).paragraphs)
            except NoArticle:
                ours = ""
            t3 = time.perf_counter()
            t_base.append(t1 - t0)
            t_meta.append(t2 - t1)
            t_ours.append(t3 - t2)
        base_ms.append(1000 * statistics.median(t_base))
        meta_ms.append(1000 * statistics.median(t_meta))
        ours_ms.append(1000 * statistics.median(t_ours))
        base_rows.append(page_scores(base, gold))
        meta_rows.append(page_scores(meta, gold))
        ours_rows.append(page_scores(ours, gold))
    b, m, o = summarise(base_rows), summarise(meta_rows), summarise(ours_rows)
    print(f"ScrapingHub article extraction, {len(keys)} pages")
    print(f"{'extractor':<38} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6} {'median ms':>10} {'mean ms':>8}")
    for name, s, ms in (
        ("trafilatura extract (text only)", b, base_ms),
        ("trafilatura bare_extraction+metadata", m, meta_ms),
        ("veille extract_html", o, ours_ms),
    ):
        print(
            f"{name:<38} {s['f1']:6.3f} {s['precision']:6.3f} {s['recall']:6.3f} {s['accuracy']:6.3f} "
            f"{statistics.median(ms):10.1f} {statistics.fmean(ms):8.1f}"
        )
    ratio = sum(ours_ms) / sum(meta_ms)
    print(
        f"time ratio veille / trafilatura with metadata (total): {ratio:.2f}  "
        f"(target <= 1.20: {'PASS' if ratio <= 1.2 else 'FAIL'})"
    )
    print(f"time ratio veille / trafilatura extract, text only (total): {sum(ours_ms) / sum(base_ms):.2f}")
    print(f"veille F1: {o['f1']:.3f}  (target >= 0.96: {'PASS' if o['f1'] >= 0.96 else 'FAIL'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
