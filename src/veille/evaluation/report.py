"""Counts and reports of an evaluation: per field and file (:class:`Counts`, :class:`FileResult`), summed
over files and per gold language (:class:`Report`), as JSON-ready dicts or an aligned text table."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..plover import event_types

#: Coverage thresholds of the Gender Gap Tracker / Radar de Parité span-overlap metric.
OVERLAP_THRESHOLDS = (0.3, 0.8)


#: The PLOVER event types (in their table order) and the statuses of gold events (``../shared/real/GOLD.md``).
EVENT_TYPES = event_types()
EVENT_STATUSES = ("realised", "planned", "offered", "claimed", "hypothetical", "negated")

#: The kinds of gold quotes scored apart (GOLD.md: ``direct``, ``partial``; neither is reported speech).
QUOTE_KINDS = ("direct", "partial", "reported")

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
    **{f"quotes/{k}": "recall" for k in QUOTE_KINDS},
    **{f"quotes_text/{k}": "recall" for k in QUOTE_KINDS},
    **{f"quote_overlap{s}_{round(t * 100)}": "overlap" for s in ("", "_speaker") for t in OVERLAP_THRESHOLDS},
    "events": "set",
    "events_type": "set",
    "event_modality": "accuracy",
    "event_dates": "accuracy",
    "event_locations": "accuracy",
    "event_modes": "accuracy",
    **{f"events/{t}": "set" for t in EVENT_TYPES},
    **{f"events_status/{s}": "recall" for s in EVENT_STATUSES},
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


def new_counts() -> dict[str, Counts]:
    return {name: Counts(kind) for name, kind in FIELDS.items()}


@dataclass
class FileResult:
    """The score of one gold file, with what was missed and what was wrongly predicted."""

    id: str
    path: str
    language: str
    error: str | None = None
    counts: dict[str, Counts] = field(default_factory=new_counts)
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
        out = new_counts()
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


def format_table(report: Report, name_failures: bool = True) -> str:
    """An aligned text table (field, n, precision, recall, F1), overall then per language when several; the files
    that failed are named unless ``name_failures`` is false (blind texts)."""

    def num(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    def table(title: str, counts: dict[str, Counts]) -> list[str]:
        rows = [("field", "n", "precision", "recall", "F1")]
        for name, c in counts.items():
            if not (c.n or c.fp):  # a field with nothing scored (all skipped) is left out
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
                    cell.ljust(w) if i == 0 else cell.rjust(w)
                    for i, (cell, w) in enumerate(zip(row, widths, strict=True))
                ).rstrip()
            )
        return lines

    failed = [r for r in report.files if r.error is not None]
    lines = [f"files: {len(report.files)}, failed: {len(failed)}"]
    if name_failures:
        lines += [f"  FAILED {r.id}: {r.error}" for r in failed]
    lines += table("all languages", report.totals())
    if len(report.languages) > 1:
        for lang in report.languages:
            lines += ["", *table(f"language: {lang}", report.totals(lang))]
    lines.append("(single-valued fields: recall = accuracy = correct/stated, precision = correct/predicted)")
    return "\n".join(lines)
