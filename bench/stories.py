"""Story grouping measured: pair precision and recall on real wire copies and edited rewrites.

    python bench/stories.py [--orders 5] [--seed 11] [--raw corpus/stories/raw]

The test set is corpus/stories (INDEX.tsv; the texts retrieved into raw/, never committed) plus edited copies of
one text of each dispatch, made here with a fixed seed (a new headline and byline, a paragraph dropped, words
changed, paragraphs reordered). Every text goes through extraction (Veille's own cleaning, no analysis), then into
stories in one order (the index's, then ``--orders`` shuffled ones, averaged).

Pairs: *copy* (two texts of one dispatch), *rewrite* (an edited copy and a text of its dispatch), *update* (a later
version of a dispatch: reported apart, counted neither as a miss nor as a false match) and *other* (every other pair:
another dispatch, often on the same event or from the same template). Precision and recall are over copy, rewrite
and other pairs; the target is precision >= 0.95 and recall >= 0.90.

Two groupings side by side, in one run: ``before``, the home-made MinHash family of Veille 0.1 (XOR masks over one
64-bit hash, bands of 4 rows, Jaccard >= 0.5; kept here as it was), and ``after``, :mod:`veille.store.stories`
(datasketch's MinHash and MinHashLSH) through a real in-memory store. Exit status 1 when ``after`` misses a target.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import struct
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

try:
    from veille import analyze_text
except ImportError:  # run from a checkout without installing the package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from veille import analyze_text
from retrieved import rows  # noqa: E402 - a sibling script
from veille.config import Settings
from veille.errors import VeilleError
from veille.store import Store

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Doc:
    id: str
    story: str
    update_of: str
    kind: str  # "wire" or "rewrite"
    text: str
    record: dict[str, Any] | None = None


# -- the test set -----------------------------------------------------------------------------------------------


def load(raw: Path) -> list[Doc]:
    index = ROOT / "corpus" / "stories" / "INDEX.tsv"
    return [Doc(cells[0], cells[1], cells[2], "wire", text) for cells, text in rows(index, raw)]


FILLER = ["reportedly", "also", "on Monday", "officials said", "according to reports", "further", "now"]
HEADLINES = ["UPDATE 2-", "BREAKING: ", "Latest: ", "En bref : ", "Actualisé : "]


def edit(text: str, rng: random.Random, how: str) -> str:
    """A desk edit of a wire text: ``desk`` (new headline and byline, a paragraph dropped from a long text, 3% of
    words changed, a credit line added) or ``reorder`` (two paragraphs swapped, the last cut from a long text,
    numbers changed)."""
    paras = [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    if how == "desk":
        if len(paras) > 4:
            del paras[rng.randrange(1, len(paras) - 1)]
        words = " \n ".join(paras).split(" ")
        for i in rng.sample(range(len(words)), k=max(1, len(words) // 33)):
            words[i] = rng.choice(FILLER) if rng.random() < 0.5 else ""
        body = " ".join(w for w in words if w).replace(" \n ", "\n\n")
        head = rng.choice(HEADLINES) + " ".join(paras[0].split()[:8])
        return f"{head}\n\nBy Staff Writer\n\n{body}\n\n(Reporting by the desk; editing by the night editor)"
    if len(paras) > 2:
        i = rng.randrange(1, len(paras) - 1)
        paras[i], paras[i + 1] = paras[i + 1], paras[i]
    if len(paras) > 4:
        paras = paras[:-1]
    body = "\n\n".join(paras)
    return re.sub(r"\b(\d+)\b", lambda m: str(int(m.group(1)) + 1) if rng.random() < 0.3 else m.group(1), body)


def with_rewrites(docs: list[Doc], seed: int) -> list[Doc]:
    rng = random.Random(seed)
    out = list(docs)
    seen: set[str] = set()
    for doc in docs:
        if doc.story in seen:
            continue
        seen.add(doc.story)
        for how in ("desk", "reorder"):
            out.append(Doc(f"{doc.id}-{how}", doc.story, doc.update_of, "rewrite", edit(doc.text, rng, how)))
    return out


def extract(docs: list[Doc]) -> list[str]:
    """Each doc's record as extraction makes it; a text extraction refuses keeps its raw text as body (listed)."""
    settings = Settings(analyze=False)
    refused = []
    for doc in docs:
        try:
            doc.record = analyze_text(doc.text, source=f"{doc.id}.txt", settings=settings).to_dict()
        except VeilleError as exc:
            refused.append(f"{doc.id} ({exc.code})")
            digest = hashlib.sha256(doc.text.encode()).hexdigest()
            doc.record = {"id": digest, "title": None, "body": doc.text, "source": f"{doc.id}.txt"}
    return refused


def pair_class(a: Doc, b: Doc) -> str:
    if a.story == b.story:
        return "rewrite" if "rewrite" in (a.kind, b.kind) else "copy"
    if a.update_of == b.story or b.update_of == a.story or (a.update_of and a.update_of == b.update_of):
        return "update"
    return "other"


# -- before: the home-made MinHash of Veille 0.1, as it was ------------------------------------------------------

PERMUTATIONS, BANDS, SHINGLE, SAME_STORY = 128, 32, 5, 0.5
_EMPTY = (1 << 63) - 1
_MASKS = [
    int.from_bytes(hashlib.blake2b(f"veille-minhash-{i}".encode(), digest_size=8).digest(), "big") >> 1
    for i in range(PERMUTATIONS)
]


def old_signature(text: str) -> list[int]:
    import numpy as np

    words = re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())
    grams = {" ".join(words[i : i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, 1))} if words else set()
    values = {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big") >> 1 for g in grams}
    if not values:
        return [_EMPTY] * PERMUTATIONS
    hashed = np.bitwise_xor.outer(np.array(_MASKS, dtype=np.uint64), np.fromiter(values, dtype=np.uint64))
    return [int(v) for v in hashed.min(axis=1)]


def old_bands(sig: list[int]) -> list[bytes]:
    rows = PERMUTATIONS // BANDS
    return [struct.pack(f">H{rows}Q", i, *sig[i * rows : (i + 1) * rows]) for i in range(BANDS)]


def group_before(docs: list[Doc]) -> dict[str, int]:
    """Story of each doc by the old algorithm: join the story of the most similar earlier candidate >= 0.5."""
    table: dict[bytes, list[str]] = {}
    sigs: dict[str, list[int]] = {}
    story: dict[str, int] = {}
    for doc in docs:
        assert doc.record is not None
        sig = old_signature(doc.record.get("body") or "")
        keys = old_bands(sig)
        candidates = {c for k in keys for c in table.get(k, [])}
        best = max(
            ((sum(x == y for x, y in zip(sig, sigs[c], strict=True)) / PERMUTATIONS, c) for c in candidates),
            default=None,
        )
        story[doc.id] = story[best[1]] if best and best[0] >= SAME_STORY else len(story)
        sigs[doc.id] = sig
        for k in keys:
            table.setdefault(k, []).append(doc.id)
    return story


# -- after: veille.store.stories through a store ------------------------------------------------------------------


def group_after(docs: list[Doc]) -> dict[str, int]:
    story: dict[str, int] = {}
    with Store(":memory:") as store:
        for doc in docs:
            assert doc.record is not None
            record = {**doc.record, "entities": [], "quotes": [], "events": []}
            result = store.add(record)
            found = store.story_of(result.id)
            assert found is not None
            story[doc.id] = found
    return story


# -- scoring ------------------------------------------------------------------------------------------------------


def score(docs: list[Doc], story: dict[str, int]) -> dict[str, float]:
    counts = {f"{c}_{o}": 0 for c in ("copy", "rewrite", "update", "other") for o in ("same", "apart")}
    for a, b in combinations(docs, 2):
        same = story[a.id] == story[b.id]
        counts[f"{pair_class(a, b)}_{'same' if same else 'apart'}"] += 1
    tp = counts["copy_same"] + counts["rewrite_same"]
    positives = tp + counts["copy_apart"] + counts["rewrite_apart"]
    fp = counts["other_same"]
    return {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / positives if positives else 1.0,
        "copy_recall": counts["copy_same"] / max(counts["copy_same"] + counts["copy_apart"], 1),
        "rewrite_recall": counts["rewrite_same"] / max(counts["rewrite_same"] + counts["rewrite_apart"], 1),
        "update_recall": counts["update_same"] / max(counts["update_same"] + counts["update_apart"], 1),
        "false_pairs": fp,
        "positives": positives,
        "others": counts["other_same"] + counts["other_apart"],
    }


def mean(rows: Iterable[dict[str, float]]) -> dict[str, float]:
    rows = list(rows)
    return {k: sum(r[k] for r in rows) / len(rows) for k in rows[0]}


def run(name: str, group: Callable[[list[Doc]], dict[str, int]], orders: list[list[Doc]]) -> dict[str, float]:
    started = time.perf_counter()
    results = [score(order, group(order)) for order in orders]
    took = (time.perf_counter() - started) / len(orders)
    first, avg = results[0], mean(results)
    print(
        f"{name:<7} precision {first['precision']:.3f} (mean {avg['precision']:.3f})  "
        f"recall {first['recall']:.3f} (mean {avg['recall']:.3f}; copies {avg['copy_recall']:.3f}, "
        f"rewrites {avg['rewrite_recall']:.3f})  updates grouped {avg['update_recall']:.3f}  "
        f"false pairs {avg['false_pairs']:.1f}  {took * 1000:.0f} ms per pass"
    )
    return avg


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--raw", type=Path, default=ROOT / "corpus" / "stories" / "raw")
    parser.add_argument("--orders", type=int, default=5, help="shuffled insertion orders besides the index's")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    wire = load(args.raw)
    if len(wire) < 2:
        print("no test set: retrieve the texts first (corpus/stories/README.md)", file=sys.stderr)
        return 0
    docs = with_rewrites(wire, args.seed)
    refused = extract(docs)
    if refused:
        print(f"extraction refused (raw text used as body): {', '.join(refused)}", file=sys.stderr)
    rng = random.Random(args.seed)
    orders = [docs] + [rng.sample(docs, len(docs)) for _ in range(args.orders)]
    sample = score(docs, {d.id: i for i, d in enumerate(docs)})
    print(
        f"{len(wire)} wire texts ({len({d.story for d in wire})} dispatches), {len(docs) - len(wire)} rewrites: "
        f"{sample['positives']} same-story pairs, {sample['others']} other pairs; {1 + args.orders} insertion orders"
    )
    run("before", group_before, orders)
    after = run("after", group_after, orders)
    return 0 if after["precision"] >= 0.95 and after["recall"] >= 0.90 else 1


if __name__ == "__main__":
    sys.exit(main())
