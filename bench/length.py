"""Analysis time and peak memory against article length: 1,000, 10,000 and 50,000 words (target: time linear in
length, i.e. the same time per 1,000 words at every size; peak RSS <= 1.2 GB at 50,000 words).

    python bench/length.py [--sizes 1000,10000,50000] [--repeat 1]

The article: the paragraphs of the French dev texts (corpus/dev/src/fr*.txt), repeated until the size is reached,
analysed with the full pipeline (``analyze_text``: extraction, language, parse, entities, quotes, events). Each
size runs in a fresh process (its peak RSS is that size's), with the models loaded before the clock starts; the
figures are the best of ``--repeat`` analyses.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def article(words: int) -> str:
    paragraphs = [
        p.strip()
        for path in sorted((ROOT / "corpus" / "dev" / "src").glob("fr*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n")
        if len(p.split()) >= 12
    ]
    out: list[str] = []
    count = 0
    copy = 0
    while count < words:
        copy += 1
        for p in paragraphs:  # each copy of a paragraph made unique: the cleaner drops a line printed twice
            out.append(f"{p} Selon la dépêche numéro {copy}.")
            count += len(p.split())
            if count >= words:
                break
    return "Un long article\n\n" + "\n\n".join(out)


def child(words: int, repeat: int) -> dict:
    from veille import analyze_text
    from veille.config import Settings

    settings = Settings(max_bytes=50_000_000, doc_timeout=3600)
    analyze_text(article(200), settings=settings, html=False)  # the models and knowledge base loaded
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    text = article(words)
    best, analysed = float("inf"), 0
    for _ in range(repeat):
        started = time.perf_counter()
        art = analyze_text(text, settings=settings, html=False)
        best = min(best, time.perf_counter() - started)
        analysed = len(art.body.split())
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"words": analysed, "seconds": best, "rss_mb": rss, "rss_models_mb": rss_before}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.repeat)))
        return 0
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        cmd = [sys.executable, __file__, "--child", str(size), "--repeat", str(args.repeat)]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
    base = rows[0]["seconds"] / rows[0]["words"] * 1000
    print(f"{'words':>7} {'seconds':>8} {'s/1k words':>10} {'vs smallest':>11} {'peak RSS MB':>11} {'models MB':>9}")
    for r in rows:
        per = r["seconds"] / r["words"] * 1000
        print(
            f"{r['words']:>7} {r['seconds']:8.2f} {per:10.3f} {per / base:10.2f}x {r['rss_mb']:11.0f} "
            f"{r['rss_models_mb']:9.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
