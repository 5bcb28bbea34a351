"""Score Veille against gold annotation files (format: ``../shared/gold/FORMAT.md``).

``evaluate(gold_dir, analyze)`` runs ``analyze`` on the source of every gold file and compares the
analysed-article record (DESIGN.md) with what the gold file states. A field counts only in files that
state it. Counts are summed over files (micro-average), overall and per gold language.

Field kinds:

* single-valued (``language``, ``title``, ``authors``, ``published``) and per-item attributes
  (``quote_speakers``, ``event_dates``, ``event_locations``, ``event_modes``): ``tp`` = correct,
  ``fn`` = stated but not correct, ``fp`` = predicted but wrong; accuracy = recall = correct / stated,
  precision = correct / predicted;
* ``must_include`` and ``captions``: recall = fraction found; ``must_exclude``: precision = fraction absent;
* ``entities``, ``quotes``, ``events`` and the quote-span overlap metrics: one-to-one matching, precision,
  recall, F1. Required gold items count for recall; a prediction matched to an optional gold item is
  neither a true nor a false positive; any other prediction is a false positive.

Text comparison folds Unicode compatibility forms, case, quotes and apostrophes (’ → ', « → "), NBSP,
runs of whitespace and the spaces inside guillemets, and drops invisible format characters (soft
hyphen, zero-width space).
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GoldError

log = logging.getLogger(__name__)

#: Coverage thresholds of the Gender Gap Tracker / Radar de Parité span-overlap metric.
OVERLAP_THRESHOLDS = (0.3, 0.8)

_QUOTES = {**dict.fromkeys("‘’‚‛′ʼ`´", "'"), **dict.fromkeys("“”„‟«»″", '"')}
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


# --------------------------------------------------------------------------- text folding


def _fold_char(ch: str) -> str:
    if unicodedata.category(ch) == "Cf":  # soft hyphen, zero-width space, BOM...
        return ""
    out = unicodedata.normalize("NFKD", ch).casefold()  # NFKD per char: composed and decomposed agree
    return "".join(" " if c.isspace() else _QUOTES.get(c, c) for c in out)


def fold_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` for comparison; return it with, for each folded char, its index in ``text``.

    Runs of whitespace become one space and the spaces inside French guillemets go (« oui » ->
    "oui"); leading/trailing whitespace is kept (as one space) so the offsets stay simple; callers
    strip what they compare.
    """
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch == "»" and chars and chars[-1] == " ":  # French spacing inside guillemets
            chars.pop()
            origin.pop()
        for c in _fold_char(ch):
            if c == " " and chars and (chars[-1] == " " or text[origin[-1]] == "«"):
                continue
            chars.append(c)
            origin.append(i)
    return "".join(chars), origin


def fold(text: str | None) -> str:
    """The comparison form of ``text`` (see module docstring); ``""`` for None."""
    return fold_map(text)[0].strip() if text else ""


def find_spans(needle: str, haystack: str) -> list[tuple[int, int]]:
    """Character spans of ``haystack`` where the folded ``needle`` occurs (folded search)."""
    target = fold(needle)
    if not target:
        return []
    folded, origin = fold_map(haystack)
    spans, at = [], folded.find(target)
    while at >= 0:
        spans.append((origin[at], origin[at + len(target) - 1] + 1))
        at = folded.find(target, at + len(target))
    return spans


# --------------------------------------------------------------------------- gold files


@dataclass
class GoldFile:
    """One gold annotation file, validated; ``data`` is its JSON object."""

    path: Path
    source: Path
    id: str
    language: str | None
    data: dict[str, Any]


def _check_gold(data: Any, path: Path) -> None:
    """Raise ``GoldError`` naming ``path`` when ``data`` breaks FORMAT.md."""

    def bad(reason: str) -> GoldError:
        return GoldError(reason, source=str(path))

    def strings(value: Any, where: str) -> None:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad(f"'{where}' must be a list of strings")

    if not isinstance(data, dict):
        raise bad("the file must hold one JSON object")
    if not isinstance(data.get("source"), str) or not data["source"].strip():
        raise bad("missing 'source' (path of the raw input, relative to the gold file)")
    for key in ("id", "language", "title", "published"):
        if key in data and not isinstance(data[key], str):
            raise bad(f"'{key}' must be a string")
    if "published" in data and not _ISO_DATE.match(data["published"]):
        raise bad(f"'published' is not an ISO date: {data['published']!r}")
    if "authors" in data:
        strings(data["authors"], "authors")
    body = data.get("body", {})
    if not isinstance(body, dict):
        raise bad("'body' must be an object")
    for key in ("must_include", "must_exclude", "captions"):
        if key in body:
            strings(body[key], f"body.{key}")
    for key in ("entities", "quotes", "events"):
        items = data.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise bad(f"'{key}' must be a list of objects")
        for n, item in enumerate(items):
            where = f"{key}[{n}]"
            if "required" in item and not isinstance(item["required"], bool):
                raise bad(f"{where}.required must be true or false")
            if key == "entities" and not isinstance(item.get("name"), str):
                raise bad(f"{where} has no 'name'")
            if key == "quotes":
                strings(item.get("speakers"), f"{where}.speakers")
                if not isinstance(item.get("text_starts"), str):
                    raise bad(f"{where} has no 'text_starts' string")
                if "text" in item and not (isinstance(item["text"], str) and item["text"].strip()):
                    raise bad(f"{where}.text must be a non-empty string")
            if key == "events":
                if not isinstance(item.get("type"), str):
                    raise bad(f"{where} has no 'type'")
                for side in ("actors", "recipients"):
                    strings(item.get(side, []), f"{where}.{side}")
                for attr in ("date", "location", "mode"):
                    if attr in item and not isinstance(item[attr], str):
                        raise bad(f"{where}.{attr} must be a string")


def load_gold(gold_dir: Path) -> list[GoldFile]:
    """Read and validate every ``*.json`` under ``gold_dir`` (recursively, sorted by path).

    Raises ``GoldError`` naming the file and the reason for bad JSON, a missing or absent ``source``,
    a field of the wrong type, or a duplicate ``id``.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldError("not a directory", source=str(gold_dir))
    files, seen = [], {}
    for path in sorted(gold_dir.rglob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GoldError(f"bad JSON: {exc}", source=str(path)) from exc
        _check_gold(data, path)
        source = (path.parent / data["source"]).resolve()
        if not source.is_file():
            raise GoldError(f"source file not found: {data['source']} ({source})", source=str(path))
        gid = data.get("id") or path.stem
        if gid in seen:
            raise GoldError(f"duplicate id {gid!r} (also in {seen[gid]})", source=str(path))
        seen[gid] = path
        files.append(GoldFile(path, source, gid, data.get("language"), data))
    if not files:
        raise GoldError("no *.json gold files found", source=str(gold_dir))
    return files


# --------------------------------------------------------------------------- counts and report

#: Field name -> kind. The order is the order of tables and dicts.
FIELDS: dict[str, str] = {
    "language": "accuracy",
    "title": "accuracy",
    "authors": "accuracy",
    "published": "accuracy",
    "must_include": "recall",
    "must_exclude": "precision",
    "captions": "recall",
    "entities": "set",
    "quotes": "set",
    "quote_speakers": "accuracy",
    **{f"quote_overlap{s}_{round(t * 100)}": "overlap" for s in ("", "_speaker") for t in OVERLAP_THRESHOLDS},
    "events": "set",
    "event_dates": "accuracy",
    "event_locations": "accuracy",
    "event_modes": "accuracy",
}


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass
class Counts:
    """Counts of one field; ``skipped`` is used by the overlap metrics (gold quotes without ``text``)."""

    kind: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    skipped: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.skipped += other.skipped

    @property
    def n(self) -> int:
        """Gold items (or statements) that count: required ones only for set fields."""
        return self.tp + (self.fp if self.kind == "precision" else self.fn)

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        p, r = p or 0.0, r or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        if self.kind == "recall":
            return {"n": self.n, "found": self.tp, "recall": self.recall}
        if self.kind == "precision":
            return {"n": self.n, "absent": self.tp, "precision": self.precision}
        out = {
            "n": self.n,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }
        if self.kind == "accuracy":
            out["accuracy"] = self.recall
        if self.kind == "overlap":
            out["skipped"] = self.skipped
        return out


def _new_counts() -> dict[str, Counts]:
    return {name: Counts(kind) for name, kind in FIELDS.items()}


@dataclass
class FileResult:
    """The score of one gold file, with what was missed and what was wrongly predicted."""

    id: str
    path: str
    language: str
    error: str | None = None
    counts: dict[str, Counts] = field(default_factory=_new_counts)
    missed: dict[str, list[str]] = field(default_factory=dict)
    false_positives: dict[str, list[str]] = field(default_factory=dict)

    def miss(self, name: str, item: str) -> None:
        self.missed.setdefault(name, []).append(item)

    def false(self, name: str, item: str) -> None:
        self.false_positives.setdefault(name, []).append(item)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "language": self.language,
            "error": self.error,
            "fields": {k: c.to_dict() for k, c in self.counts.items() if c.n or c.fp or c.skipped},
            "missed": self.missed,
            "false_positives": self.false_positives,
        }


@dataclass
class Report:
    """Micro-averaged scores over all files and per gold language, with per-file details."""

    files: list[FileResult]

    def totals(self, language: str | None = None) -> dict[str, Counts]:
        """Counts summed over all files, or over the files of one gold ``language``."""
        out = _new_counts()
        for result in self.files:
            if language is None or result.language == language:
                for name, counts in result.counts.items():
                    out[name].add(counts)
        return out

    @property
    def languages(self) -> list[str]:
        return sorted({r.language for r in self.files})

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form; keys are stable (every field is present, undefined ratios are null)."""

        def block(language: str | None) -> dict[str, Any]:
            files = [r for r in self.files if language is None or r.language == language]
            return {
                "files": len(files),
                "failed": sum(r.error is not None for r in files),
                "fields": {k: c.to_dict() for k, c in self.totals(language).items()},
            }

        return {
            **block(None),
            "by_language": {lang: block(lang) for lang in self.languages},
            "per_file": [r.to_dict() for r in self.files],
        }


def format_table(report: Report) -> str:
    """An aligned text table (field, n, precision, recall, F1), overall then per language when several."""

    def num(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    def table(title: str, counts: dict[str, Counts]) -> list[str]:
        rows = [("field", "n", "precision", "recall", "F1")]
        for name, c in counts.items():
            if not (c.n or c.fp or c.skipped):
                continue
            p = c.precision if c.kind != "recall" else None
            r = c.recall if c.kind != "precision" else None
            f = c.f1 if c.kind in ("set", "overlap", "accuracy") else None
            label = f"{name} (skipped {c.skipped})" if c.skipped else name
            rows.append((label, str(c.n), num(p), num(r), num(f)))
        widths = [max(len(row[i]) for row in rows) for i in range(5)]
        lines = [title]
        for row in rows:
            lines.append(
                "  ".join(
                    cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))
                ).rstrip()
            )
        return lines

    failed = [r for r in report.files if r.error is not None]
    lines = [f"files: {len(report.files)}, failed: {len(failed)}"]
    lines += [f"  FAILED {r.id}: {r.error}" for r in failed]
    lines += table("all languages", report.totals())
    if len(report.languages) > 1:
        for lang in report.languages:
            lines += ["", *table(f"language: {lang}", report.totals(lang))]
    lines.append("(single-valued fields: recall = accuracy = correct/stated, precision = correct/predicted)")
    return "\n".join(lines)


# --------------------------------------------------------------------------- prediction access


def _name(item: Any) -> str:
    """The name of a predicted entity/speaker/location given as a dict or a plain string."""
    if isinstance(item, dict):
        return str(item.get("name") or "")
    return str(item) if item is not None else ""


def _code(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("code") or "").strip().upper()
    return str(item).strip().upper() if item is not None else ""


def _list(pred: dict[str, Any], key: str) -> list[Any]:
    value = pred.get(key)
    return value if isinstance(value, list) else []


def _date_ok(gold: str, predicted: Any) -> bool:
    """Dates agree on the day (or on the precision the gold states: year, month)."""
    day = gold.strip()[:10]
    return isinstance(predicted, str) and predicted.strip()[: len(day)] == day


def _span_text(item: dict[str, Any], body: str) -> str:
    """The body text at an item's ``start``/``end`` offsets, or ``""``."""
    start, end = item.get("start"), item.get("end")
    return body[start:end] if isinstance(start, int) and isinstance(end, int) else ""


def _span(item: dict[str, Any], body: str) -> tuple[int, int]:
    """An item's ``[start, end)`` in the body; located from its ``text`` when offsets are missing."""
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int):
        return start, end
    spans = find_spans(item["text"], body) if isinstance(item.get("text"), str) else []
    return spans[0] if spans else (0, 0)


def _speakers(quote: dict[str, Any]) -> frozenset[str]:
    return frozenset(fold(_name(s)) for s in quote.get("speakers") or [] if _name(s))


def _quote_label(quote: dict[str, Any]) -> str:
    names = ", ".join(_name(s) for s in quote.get("speakers") or []) or "?"
    text = quote.get("text_starts", quote.get("text")) or ""
    return f"{names}: {text[:80]!r}"


def _event_label(event: dict[str, Any]) -> str:
    def side(key: str) -> str:
        return "+".join(_code(a) or _name(a) for a in event.get(key) or []) or "?"

    return f"{event.get('type')} {side('actors')} -> {side('recipients')}"


def match(n_gold: int, n_pred: int, ok: Callable[[int, int], bool], order: Iterable[int]) -> dict[int, int]:
    """Maximum one-to-one matching (Kuhn's augmenting paths): gold index -> prediction index.

    Golds are tried in ``order``; a gold once matched stays matched, so putting required golds first
    maximises the required matches, then the optional ones.
    """
    order = list(order)
    edges = {g: [p for p in range(n_pred) if ok(g, p)] for g in order}
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges[g]:
            if p not in seen:
                seen.add(p)
                if p not in owner or augment(owner[p], seen):
                    owner[p] = g
                    return True
        return False

    for g in order:
        augment(g, set())
    return {g: p for p, g in owner.items()}


def _required(items: Sequence[dict[str, Any]]) -> list[int]:
    """Indices of required items first, then optional ones (``required`` defaults to true)."""
    return sorted(range(len(items)), key=lambda i: items[i].get("required", True) is False)


def _score_set(
    counts: Counts,
    result: FileResult,
    name: str,
    golds: Sequence[dict[str, Any]],
    preds: Sequence[Any],
    ok: Callable[[int, int], bool],
    label: Callable[[Any], str],
    ignorable: Collection[int] = (),
) -> dict[int, int]:
    """Match with required/optional logic; update counts and details; return the matching."""
    pairs = match(len(golds), len(preds), ok, _required(golds))
    for g, gold in enumerate(golds):
        if gold.get("required", True) is not False:
            if g in pairs:
                counts.tp += 1
            else:
                counts.fn += 1
                result.miss(name, label(gold))
    used = set(pairs.values()) | set(ignorable)
    for p, pred in enumerate(preds):
        if p not in used:
            counts.fp += 1
            result.false(name, label(pred))
    return pairs


# --------------------------------------------------------------------------- per-field scoring


def _score_metadata(gold: dict[str, Any], pred: dict[str, Any], result: FileResult) -> None:
    for key in ("language", "title", "authors", "published"):
        if key not in gold:
            continue
        value = pred.get(key)
        if key == "authors":
            expected = frozenset(fold(a) for a in gold[key])
            got = frozenset(fold(_name(a)) for a in ([value] if isinstance(value, str) else value or []))
            correct, predicted = got == expected, bool(got)
        elif key == "published":
            correct, predicted = _date_ok(gold[key], value), bool(value)
        else:
            correct, predicted = fold(gold[key]) == fold(value), bool(value)
        c = result.counts[key]
        if correct:
            c.tp += 1
        else:
            c.fn += 1
            c.fp += predicted
            result.miss(key, f"expected {gold[key]!r}, got {value!r}")


def _score_body(gold: dict[str, Any], pred: dict[str, Any], result: FileResult, failed: bool) -> None:
    body = pred.get("body")
    if not isinstance(body, str):
        body = "\n\n".join(p for p in _list(pred, "paragraphs") if isinstance(p, str))
    folded_body = fold(body)
    captions = [fold(c) for c in _list(pred, "captions") if isinstance(c, str)]
    spec = gold.get("body") or {}
    for fragment in spec.get("must_include", []):
        c = result.counts["must_include"]
        if fold(fragment) in folded_body:
            c.tp += 1
        else:
            c.fn += 1
            result.miss("must_include", fragment)
    for fragment in spec.get("must_exclude", []):
        c = result.counts["must_exclude"]
        if not failed and fold(fragment) not in folded_body:
            c.tp += 1
        else:  # a failed file cannot score by having no body
            c.fp += 1
            result.false("must_exclude", fragment)
    for fragment in spec.get("captions", []):
        c = result.counts["captions"]
        if any(fold(fragment) in cap for cap in captions):
            c.tp += 1
        else:
            c.fn += 1
            result.miss("captions", fragment)


def _score_entities(gold: dict[str, Any], pred: dict[str, Any], result: FileResult) -> None:
    if "entities" not in gold:
        return
    golds = [(fold(e["name"]), str(e.get("code") or "").strip().upper()) for e in gold["entities"]]
    preds = [(fold(_name(e)), _code(e)) for e in _list(pred, "entities")]

    def same(g: tuple[str, str], p: tuple[str, str]) -> bool:
        return (bool(g[0]) and g[0] == p[0]) or (bool(g[1]) and g[1] == p[1])

    c = result.counts["entities"]
    for entity, g in zip(gold["entities"], golds):
        if any(same(g, p) for p in preds):
            c.tp += 1
        else:
            c.fn += 1
            result.miss("entities", entity["name"])
    for entity, p in zip(_list(pred, "entities"), preds):
        if not any(same(g, p) for g in golds):
            c.fp += 1
            result.false("entities", _name(entity) or _code(entity))


def _score_quotes(gold: dict[str, Any], pred: dict[str, Any], result: FileResult) -> None:
    if "quotes" not in gold:
        return
    golds: list[dict[str, Any]] = gold["quotes"]
    preds = [q for q in _list(pred, "quotes") if isinstance(q, dict)]
    body = pred.get("body") if isinstance(pred.get("body"), str) else ""
    g_text = [fold(q["text_starts"]) for q in golds]
    g_spk = [frozenset(fold(s) for s in q["speakers"]) for q in golds]
    p_text = [fold(q["text"] if isinstance(q.get("text"), str) else _span_text(q, body)) for q in preds]
    p_spk = [_speakers(q) for q in preds]

    def text_ok(g: int, p: int) -> bool:
        return g_text[g] in p_text[p]

    def full_ok(g: int, p: int) -> bool:
        return text_ok(g, p) and g_spk[g] == p_spk[p]

    _score_set(result.counts["quotes"], result, "quotes", golds, preds, full_ok, _quote_label)

    # Speaker accuracy: match on text alone (strict pairs first), then compare speakers.
    texted = [g for g in range(len(golds)) if g_text[g]]
    strict = match(len(golds), len(preds), full_ok, texted)
    rest_g = [g for g in texted if g not in strict]
    free_p = set(range(len(preds))) - set(strict.values())
    loose = match(len(golds), len(preds), lambda g, p: p in free_p and text_ok(g, p), rest_g)
    c = result.counts["quote_speakers"]
    c.tp += len(strict)
    c.fn += len(loose)
    c.fp += len(loose)
    for g, p in loose.items():
        result.miss(
            "quote_speakers", f"{_quote_label(golds[g])} attributed to {', '.join(sorted(p_spk[p])) or 'nobody'}"
        )

    _score_overlap(golds, preds, g_spk, p_spk, pred, result, text_ok, full_ok)


def _score_overlap(
    golds: list[dict[str, Any]],
    preds: list[dict[str, Any]],
    g_spk: list[frozenset[str]],
    p_spk: list[frozenset[str]],
    pred: dict[str, Any],
    result: FileResult,
    text_ok: Callable[[int, int], bool],
    full_ok: Callable[[int, int], bool],
) -> None:
    """Span-overlap metric (Gender Gap Tracker): gold ``text`` located in the predicted body."""
    body = pred.get("body") if isinstance(pred.get("body"), str) else ""
    scored = [g for g in range(len(golds)) if isinstance(golds[g].get("text"), str)]
    unscored = [g for g in range(len(golds)) if g not in scored]
    gold_spans = {g: find_spans(golds[g]["text"], body) for g in scored}
    pred_spans = [_span(q, body) for q in preds]
    # Predictions that belong to gold quotes this metric cannot score are neither TP nor FP.
    ignorable = {
        p
        for p in range(len(preds))
        for g in unscored
        if full_ok(g, p) or (golds[g]["text_starts"].strip() and text_ok(g, p))
    }

    def coverage(g: int, p: int) -> float:
        s, e = pred_spans[p]
        return max((max(0, min(e, ge) - max(s, gs)) / (ge - gs) for gs, ge in gold_spans[g]), default=0.0)

    sub_golds = [golds[g] for g in scored]
    for t in OVERLAP_THRESHOLDS:
        for suffix, speaker in (("", False), ("_speaker", True)):
            name = f"quote_overlap{suffix}_{round(t * 100)}"

            def ok(i: int, p: int, t: float = t, speaker: bool = speaker) -> bool:
                g = scored[i]
                return coverage(g, p) >= t and (not speaker or g_spk[g] == p_spk[p])

            c = result.counts[name]
            c.skipped += len(unscored)
            _score_set(c, result, name, sub_golds, preds, ok, _quote_label, ignorable)


def _score_events(gold: dict[str, Any], pred: dict[str, Any], result: FileResult) -> None:
    if "events" not in gold:
        return
    golds: list[dict[str, Any]] = gold["events"]
    # only realised acts count: negated, future, intended or hypothetical ones are flagged, not events
    preds = [
        e for e in _list(pred, "events") if isinstance(e, dict) and not e.get("negated") and e.get("modality") is None
    ]

    def codes(items: Iterable[Any]) -> frozenset[str]:
        return frozenset(c for c in (_code(i) for i in items or []) if c)

    g_sides = [(codes(e.get("actors")), codes(e.get("recipients"))) for e in golds]
    p_sides = [(codes(e.get("actors")), codes(e.get("recipients"))) for e in preds]

    def ok(g: int, p: int) -> bool:
        if str(golds[g]["type"]).strip().upper() != str(preds[p].get("type") or "").strip().upper():
            return False
        # A side the gold leaves empty is not constrained.
        return all(not gs or gs & ps for gs, ps in zip(g_sides[g], p_sides[p]))

    pairs = _score_set(result.counts["events"], result, "events", golds, preds, ok, _event_label)
    for g, p in sorted(pairs.items()):
        gold_e, pred_e = golds[g], preds[p]
        checks = {
            "event_dates": ("date", lambda v: _date_ok(gold_e["date"], v)),
            "event_locations": (
                "location",
                lambda v: (
                    bool(fold(gold_e["location"])) and fold(gold_e["location"]) in (fold(_name(v)), fold(_code(v)))
                ),
            ),
            "event_modes": ("mode", lambda v: fold(gold_e["mode"]) == fold(v if isinstance(v, str) else "")),
        }
        for name, (key, correct) in checks.items():
            if key not in gold_e:
                continue
            value = pred_e.get(key)
            c = result.counts[name]
            if correct(value):
                c.tp += 1
            else:
                c.fn += 1
                c.fp += bool(value)
                result.miss(name, f"{_event_label(gold_e)}: expected {gold_e[key]!r}, got {value!r}")


def score_file(gold: GoldFile, pred: dict[str, Any] | None, error: str | None = None) -> FileResult:
    """Score one prediction against one gold file; ``pred=None`` scores a failed analysis."""
    result = FileResult(gold.id, str(gold.path), (gold.language or "und").strip().lower(), error)
    data = gold.data
    pred = pred or {}
    _score_metadata(data, pred, result)
    _score_body(data, pred, result, failed=error is not None)
    _score_entities(data, pred, result)
    _score_quotes(data, pred, result)
    _score_events(data, pred, result)
    return result


def evaluate(gold_dir: Path, analyze: Callable[[Path], dict[str, Any]]) -> Report:
    """Run ``analyze`` on the source of each gold file under ``gold_dir`` and score the records.

    ``analyze(source_path)`` returns the analysed-article record of DESIGN.md. When it raises (or
    returns something that is not a record) the file is recorded as failed, its error kept, every
    required item counted missed, and evaluation goes on.
    """
    results = []
    for gold in load_gold(gold_dir):
        try:
            pred = analyze(gold.source)
            if hasattr(pred, "to_dict"):
                pred = pred.to_dict()
            if not isinstance(pred, dict):
                raise TypeError(f"analyze returned {type(pred).__name__}, not a record dict")
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the evaluation
            log.warning("evaluation of %s failed: %s", gold.source, exc)
            results.append(score_file(gold, None, f"{type(exc).__name__}: {exc}"))
            continue
        try:
            results.append(score_file(gold, pred))
        except (TypeError, AttributeError, ValueError) as exc:  # a record that breaks DESIGN.md
            log.warning("record of %s is invalid: %s", gold.source, exc)
            results.append(score_file(gold, None, f"invalid record: {type(exc).__name__}: {exc}"))
    return Report(results)
