"""Guards the project's gold corpora (corpus/dev/gold, corpus/dev2/gold, corpus/dev3/gold, corpus/heldout/gold)
and the bundled examples.

Every gold file must follow ../shared/gold/FORMAT.md, and everything it quotes from its
source (body fragments, captions, quote texts, entity surface forms, metadata) must really
be in that source, so that a score against the corpus measures the pipeline, not typos.
Pure Python, no model loading.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path

import pytest

from veille.plover import event_types

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "corpus" / "dev" / "gold"  # tuned on: minimum counts and coverage apply here only
DEV2_DIR = ROOT / "corpus" / "dev2" / "gold"  # second tuning set: validated, not counted
HELDOUT_DIR = ROOT / "corpus" / "heldout" / "gold"  # blind measurement set: validated, not counted
HELDOUT2_DIR = ROOT / "corpus" / "heldout2" / "gold"  # second blind measurement set: validated, not counted
DEV3_DIR = ROOT / "corpus" / "dev3" / "gold"  # extraction-only set (no entities/quotes/events): validated, not counted
EXAMPLES_DIR = ROOT / "examples"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))
ALL_GOLD_FILES = (
    GOLD_FILES
    + sorted(DEV2_DIR.glob("*.json"))
    + sorted(DEV3_DIR.glob("*.json"))
    + sorted(HELDOUT_DIR.glob("*.json"))
    + sorted(HELDOUT2_DIR.glob("*.json"))
)

PLOVER_TYPES = set(event_types())
ENTITY_TYPES = {"PERSON", "ORG", "GPE", "LOC"}
TOP_KEYS = {"id", "source", "language", "title", "authors", "published", "body"}
OPTIONAL_KEYS = ("entities", "quotes", "events")  # optional in FORMAT.md; absent in extraction-only gold
BODY_KEYS = {"must_include", "must_exclude", "captions"}
CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
_FOLD = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " "})


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _fold(text: str) -> str:
    return _collapse(text.translate(_FOLD)).casefold()


def _source_texts(path: Path) -> list[str]:
    """Return the source as searchable strings: decoded text, and for HTML also the tag-free text."""
    raw = path.read_bytes().decode("utf-8")
    if path.suffix.lower() in {".html", ".htm"}:
        no_tags = re.sub(r"<[^>]+>", "", raw)
        return [_collapse(html.unescape(raw)), _collapse(html.unescape(no_tags))]
    return [_collapse(raw)]


def _occurs(fragment: str, texts: list[str]) -> bool:
    frag = _collapse(fragment)
    return any(frag in t for t in texts)


def _load(path: Path) -> dict:
    """Read a gold file; optional annotation lists that are absent read as empty."""
    g = json.loads(path.read_text(encoding="utf-8"))
    for key in OPTIONAL_KEYS:
        g.setdefault(key, [])
    return g


def _ids(path: Path) -> str:
    return f"{path.parents[1].name}/{path.stem}"


def test_corpus_has_enough_files_per_language():
    langs = [_load(p)["language"] for p in GOLD_FILES]
    assert langs.count("fr") >= 19, f"only {langs.count('fr')} French gold files in {GOLD_DIR}"
    assert langs.count("en") >= 13, f"only {langs.count('en')} English gold files in {GOLD_DIR}"


def test_corpus_ids_are_unique():
    ids = [_load(p)["id"] for p in ALL_GOLD_FILES]
    assert len(ids) == len(set(ids)), "duplicate gold ids"


@pytest.mark.parametrize("directory", [DEV2_DIR, DEV3_DIR, HELDOUT_DIR, HELDOUT2_DIR], ids=lambda d: d.parent.name)
def test_corpus_secondary_sets_are_present(directory: Path):
    assert sorted(directory.glob("*.json")), f"no gold files in {directory}"


@pytest.mark.parametrize("path", ALL_GOLD_FILES, ids=_ids)
def test_corpus_gold_structure(path: Path):
    g = _load(path)
    assert TOP_KEYS <= g.keys(), f"{path.name}: missing keys {TOP_KEYS - g.keys()}"
    assert g["language"] in {"fr", "en"}, f"{path.name}: language {g['language']!r}"
    src = (path.parent / g["source"]).resolve()
    assert src.is_file(), f"{path.name}: source {g['source']} not found"
    assert isinstance(g["title"], str) and g["title"].strip()
    assert isinstance(g["authors"], list) and all(isinstance(a, str) and a for a in g["authors"])
    date.fromisoformat(g["published"])
    assert BODY_KEYS <= g["body"].keys(), f"{path.name}: body lacks {BODY_KEYS - g['body'].keys()}"
    assert g["body"]["must_include"], f"{path.name}: no must_include fragment"
    assert g["body"]["must_exclude"], f"{path.name}: no must_exclude fragment"
    for ent in g["entities"]:
        assert {"name", "type", "mentions"} <= ent.keys(), f"{path.name}: entity {ent}"
        assert ent["type"] in ENTITY_TYPES, f"{path.name}: entity type {ent['type']}"
        if "code" in ent:
            assert CODE_RE.match(ent["code"]), f"{path.name}: bad code {ent['code']}"
    for q in g["quotes"]:
        assert {"speakers", "text_starts", "text", "direct", "required"} <= q.keys(), f"{path.name}: quote {q}"
        assert isinstance(q["direct"], bool) and isinstance(q["required"], bool)
        assert q["speakers"], f"{path.name}: quote without speaker {q['text_starts']!r}"
    for ev in g["events"]:
        assert {"type", "actors", "required"} <= ev.keys(), f"{path.name}: event {ev}"
        assert isinstance(ev["required"], bool)
        if "date" in ev:
            date.fromisoformat(ev["date"])


@pytest.mark.parametrize("path", ALL_GOLD_FILES, ids=_ids)
def test_corpus_fragments_occur_verbatim_in_source(path: Path):
    g = _load(path)
    texts = _source_texts(path.parent / g["source"])
    body = g["body"]
    missing = [f for key in BODY_KEYS for f in body[key] if not _occurs(f, texts)]
    missing += [f"quote: {q['text']}" for q in g["quotes"] if q["text"] and not _occurs(q["text"], texts)]
    missing += [f"title: {g['title']}"] if not _occurs(g["title"], texts) else []
    folded = [_fold(t) for t in texts]  # bylines are often printed in capitals ("By RACHEL MONROE")
    missing += [f"author: {a}" for a in g["authors"] if not any(_fold(a) in t for t in folded)]
    assert not missing, f"{path.name}: not in source: {missing}"


@pytest.mark.parametrize("path", ALL_GOLD_FILES, ids=_ids)
def test_corpus_body_include_and_exclude_are_disjoint(path: Path):
    body = _load(path)["body"]
    inc = [_collapse(f) for f in body["must_include"]]
    for ex in body["must_exclude"]:
        assert not any(_collapse(ex) in f for f in inc), f"{path.name}: {ex!r} both included and excluded"
    for cap in body["captions"]:
        assert not any(_collapse(cap) in f or f in _collapse(cap) for f in inc), (
            f"{path.name}: caption {cap!r} overlaps a body fragment"
        )


@pytest.mark.parametrize("path", ALL_GOLD_FILES, ids=_ids)
def test_corpus_entity_mentions_occur_in_source(path: Path):
    g = _load(path)
    folded = [_fold(t) for t in _source_texts(path.parent / g["source"])]
    missing = [(e["name"], m) for e in g["entities"] for m in e["mentions"] if not any(_fold(m) in t for t in folded)]
    assert not missing, f"{path.name}: mentions not in source: {missing}"


@pytest.mark.parametrize("path", ALL_GOLD_FILES, ids=_ids)
def test_corpus_quotes_are_consistent(path: Path):
    g = _load(path)
    names = {e["name"] for e in g["entities"]}
    for q in g["quotes"]:
        unknown = set(q["speakers"]) - names
        assert not unknown, f"{path.name}: speakers {unknown} are not gold entities"
        assert _fold(q["text"]).startswith(_fold(q["text_starts"])), (
            f"{path.name}: text_starts {q['text_starts']!r} does not start text {q['text']!r}"
        )


@pytest.mark.parametrize("path", ALL_GOLD_FILES, ids=_ids)
def test_corpus_events_use_plover_and_known_codes(path: Path):
    g = _load(path)
    codes = {e["code"] for e in g["entities"] if "code" in e}
    for ev in g["events"]:
        assert ev["type"] in PLOVER_TYPES, f"{path.name}: event type {ev['type']}"
        unknown = (set(ev["actors"]) | set(ev.get("recipients", []))) - codes
        assert not unknown, f"{path.name}: {ev['type']} uses codes {unknown} that no gold entity carries"
        if ev.get("mode") is not None:
            assert isinstance(ev["mode"], str) and ev["mode"]


@pytest.mark.parametrize("path", ALL_GOLD_FILES, ids=_ids)
def test_corpus_unrealised_events_are_never_required(path: Path):
    """Negated, future and hypothetical events may be listed only as optional items."""
    for ev in _load(path)["events"]:
        note = ev.get("note", "")
        if re.match(r"(NEGATED|FUTURE|HYPOTHETICAL)\b", note):
            assert not ev["required"], f"{path.name}: unrealised {ev['type']} marked required ({note})"


def test_corpus_covers_every_plover_type():
    seen = {ev["type"] for p in GOLD_FILES for ev in _load(p)["events"] if ev["required"]}
    assert PLOVER_TYPES <= seen, f"no required event of type {PLOVER_TYPES - seen}"


def test_corpus_layouts_are_mixed():
    suffixes = [Path(_load(p)["source"]).suffix for p in GOLD_FILES]
    assert suffixes.count(".html") >= len(suffixes) // 4, "too few HTML sources"
    assert suffixes.count(".txt") >= len(suffixes) // 2, "too few plain-text sources"


def test_corpus_examples_are_present_and_valid():
    files = sorted(p for p in EXAMPLES_DIR.iterdir() if p.is_file() and not p.name.startswith("."))
    assert {p.suffix for p in files} >= {".txt", ".html", ".jsonl"}
    for p in files:
        if p.suffix == ".jsonl":
            records = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
            assert len(records) >= 2
            assert all("url" in r and ("html" in r or "text" in r) for r in records)
            assert {"html", "text"} <= {k for r in records for k in r}
