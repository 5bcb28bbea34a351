"""Benchmark of the SQLite store: ingestion rate and query latency on synthetic articles.

    python bench/store.py [--n 20000] [--db PATH] [--queries 200] [--seed 7]

Generates N deterministic synthetic records (Zipf-distributed invented words, a few hundred
invented entities, quotes and PLOVER events with codes from a small set), stores them (the first
tenth one by one with ``add``, the rest with ``add_many``), then times each query kind and prints
p50/p95 in ms against the target p95 <= 50 ms. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import accumulate
from pathlib import Path
from typing import Any

try:
    from veille.plover import event_types
    from veille.store import ADD_BATCH_SIZE, Store
except ImportError:  # run from a checkout without installing the package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from veille.plover import event_types
    from veille.store import ADD_BATCH_SIZE, Store

TARGET_P95_MS = 50.0
VOCABULARY = 6000  # distinct invented words
WORDS_PER_ARTICLE = (150, 450)
STATE_CODES = ["SKL", "NRD", "VSK", "BRN", "ALT", "KRV", "MEO", "ZAN", "ORL", "TEP", "QUA", "LIR"]
ORG_CODES = ["NATO", "UN", "EU", "AU", "ASEAN", "WTO"]
EVENT_TYPES = list(event_types())
SYLLABLES = [c + v for c in "bcdfgklmnprstvz" for v in ("a", "e", "i", "o", "u", "ou", "é", "an")]


def invented_word(rng: random.Random, low: int = 1, high: int = 4) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(low, high)))


def make_entities(rng: random.Random) -> list[dict[str, Any]]:
    """About 300 invented entities: states, organisations and people with a country."""
    entities = []
    for code in STATE_CODES:
        name = invented_word(rng, 2, 3).capitalize() + "ie"
        entities.append(
            {
                "id": f"g-{code.lower()}",
                "type": "GPE",
                "name": name,
                "code": code,
                "names": [f"la {name}"],
                "country": code,
            }
        )
    for code in ORG_CODES:
        entities.append({"id": f"o-{code.lower()}", "type": "ORG", "name": code, "code": code, "names": [code.lower()]})
    for i in range(280):
        first, last = invented_word(rng, 1, 2).capitalize(), invented_word(rng, 2, 3).capitalize()
        country = rng.choice(STATE_CODES)
        entities.append(
            {
                "id": f"p-{i:04d}",
                "type": "PERSON",
                "name": f"{first} {last}",
                "names": [last],
                "country": country,
                "code": None,
                "role": rng.choice(["Prime Minister", "Foreign Minister", "President", "Spokesperson"]),
            }
        )
    return entities


def make_records(n: int, seed: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]]:
    rng = random.Random(seed)
    vocab = sorted({invented_word(rng) for _ in range(VOCABULARY * 2)})[:VOCABULARY]
    rng.shuffle(vocab)
    cum = list(accumulate(1 / (rank + 1) ** 1.05 for rank in range(len(vocab))))  # Zipf, like real text
    entities = make_entities(rng)
    ent_cum = list(accumulate(1 / (rank + 1) ** 0.8 for rank in range(len(entities))))
    records = []
    for i in range(n):
        day = rng.randrange(730)
        published = time.strftime("%Y-%m-%d", time.gmtime(1_672_531_200 + day * 86_400))  # 2023-01-01 + day
        words = rng.choices(vocab, cum_weights=cum, k=rng.randint(*WORDS_PER_ARTICLE))
        chosen = {e["id"]: e for e in rng.choices(entities, cum_weights=ent_cum, k=rng.randint(2, 7))}
        ents = []
        for ent in chosen.values():
            at = rng.randrange(len(words))
            words[at] = ent["name"]
            has_role = ent.get("role") and rng.random() < 0.3
            roles = [{"role": ent["role"], "text": ent["role"].lower()}] if has_role else []
            ents.append(
                {
                    **{k: v for k, v in ent.items() if k != "role"},
                    "roles": roles,
                    "mentions": [{"text": ent["name"], "start": at, "end": at + 1}],
                }
            )  # word, not char, offsets
        paragraphs = [" ".join(words[j : j + 80]).capitalize() + "." for j in range(0, len(words), 80)]
        body = "\n\n".join(paragraphs)
        people = [e for e in ents if e["type"] == "PERSON"]
        quotes = [
            {
                "text": " ".join(rng.choices(vocab, cum_weights=cum, k=12)),
                "start": 0,
                "end": 10,
                "direct": rng.random() < 0.7,
                "cue": "déclarer",
                "speakers": [{"id": p["id"], "name": p["name"]}],
            }
            for p in people[: rng.randint(0, 2)]
        ]
        events = []
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            a, b = rng.sample(STATE_CODES + ORG_CODES, 2)
            events.append(
                {
                    "type": rng.choice(EVENT_TYPES),
                    "mode": None,
                    "quad": None,
                    "score": round(rng.uniform(-10, 10), 1),
                    "confidence": round(rng.random(), 2),
                    "actors": [{"id": None, "name": a, "code": a, "sector": "GOV"}],
                    "recipients": [{"id": None, "name": b, "code": b, "sector": "GOV"}],
                    "date": published if rng.random() < 0.8 else None,
                    "location": None,
                    "contexts": [],
                }
            )
        title = " ".join(rng.choices(vocab, cum_weights=cum, k=rng.randint(5, 10))).capitalize()
        rid = hashlib.sha256(f"{seed}:{i}".encode()).hexdigest()
        records.append(
            {
                "id": rid,
                "url": f"https://news.example/{i}",
                "source": "bench",
                "language": rng.choice(["fr", "en"]),
                "title": title,
                "authors": [],
                "published": published,
                "body": body,
                "paragraphs": paragraphs,
                "entities": ents,
                "quotes": quotes,
                "events": events,
            }
        )
    return records, entities, vocab


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20000, help="synthetic articles to ingest (default 20000)")
    parser.add_argument("--db", type=Path, help="database path (default: a temporary file, deleted afterwards)")
    parser.add_argument("--queries", type=int, default=200, help="queries timed per kind (default 200)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        print("load average (1, 5, 15 min): {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
        t0 = time.perf_counter()
        records, entities, vocab = make_records(args.n, args.seed)
        print(f"generated {len(records)} records in {time.perf_counter() - t0:.1f} s")
        with Store(db) as store:
            before = store.count()
            single = records[: max(1, len(records) // 10)]
            t0, c0 = time.perf_counter(), time.process_time()
            statuses = [store.add(r).status for r in single]
            elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
            print(
                f"add():      {len(single):>6} records in {elapsed:5.1f} s (cpu {cpu:5.1f} s): "
                f"{len(single) / elapsed:5.0f} articles/s, one transaction each"
            )
            t0, c0 = time.perf_counter(), time.process_time()
            statuses += [r.status for r in store.add_many(records[len(single) :])]
            elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
            print(
                f"add_many(): {len(records) - len(single):>6} records in {elapsed:5.1f} s (cpu {cpu:5.1f} s): "
                f"{(len(records) - len(single)) / elapsed:5.0f} articles/s, batches of {ADD_BATCH_SIZE}"
            )
            print(f"{statuses.count('new')} new, {statuses.count('duplicate')} duplicate (store had {before})")
            size = sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*"))
            print(f"database: {size / 1e6:.0f} MB with WAL, {store.count()} articles\n")

            rng = random.Random(args.seed + 1)
            codes = STATE_CODES + ORG_CODES
            words = vocab[:50] + vocab[50:2000:10] + vocab[2000::40]  # frequent, middling and rare words

            def fts() -> None:
                store.search(" ".join(rng.sample(words, rng.choice([1, 1, 2]))))

            def entity() -> None:
                ent = rng.choice(entities)
                store.find_entities(rng.choice([ent["name"], *ent.get("names", [])]).upper())

            def dyad() -> None:
                store.dyad(*rng.sample(codes, 2))

            def events() -> None:
                year = rng.choice(["2023", "2024"])
                store.events(
                    actor=rng.choice(codes),
                    type=rng.choice([None, rng.choice(EVENT_TYPES)]),
                    since=f"{year}-01",
                    until=f"{year}-06",
                )

            results = {
                name: timed(fn, args.queries)
                for name, fn in [
                    ("full-text search", fts),
                    ("entity by name", entity),
                    ("dyad timeline", dyad),
                    ("events filter", events),
                ]
            }
    print(f"{'query':<18} {'n':>5} {'p50 ms':>8} {'p95 ms':>8}  target p95 <= {TARGET_P95_MS:.0f} ms")
    ok = True
    for name, values in results.items():
        p95 = percentile(values, 95)
        ok &= p95 <= TARGET_P95_MS
        print(
            f"{name:<18} {len(values):>5} {percentile(values, 50):>8.2f} {p95:>8.2f}  "
            f"{'PASS' if p95 <= TARGET_P95_MS else 'FAIL'}"
        )
    print("overall:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
