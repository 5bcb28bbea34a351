"""The real-news gold of ``../shared/real/gold`` (format: ``../shared/real/GOLD.md``), read as ordinary gold.

The real texts are third-party: they are never in the repository, only retrieved into a folder of the user's
(``corpus/real/raw/<id>.txt``). Their gold therefore gives character spans where FORMAT.md copies the text;
:func:`load_real_gold` reads each gold file with its text and turns it into the FORMAT.md form that
:func:`veille.evaluation.score_file` scores (title, body fragments and captions cut from the text by their spans;
events with a status other than ``realised`` are optional, so a flagged prediction of them is neither right nor
wrong). Each file keeps its ``split``: ``dev`` texts are tuned on, ``blind`` ones are only ever scored, and only
in aggregate (:func:`veille.evaluation.report_by_split`).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GoldError, GoldTextChanged
from .report import Report, format_table

log = logging.getLogger(__name__)

#: The splits of the real-news index (``../shared/real/README.md``).
SPLITS = ("dev", "blind")


@dataclass(frozen=True)
class RealGold:
    """One real-news gold file with its retrieved text: ``data`` is in the FORMAT.md form."""

    path: Path
    source: Path
    id: str
    language: str | None
    split: str
    data: dict[str, Any]


@dataclass
class RealReport:
    """The scores of the real-news texts, one :class:`Report` per split, the ids of the texts not retrieved, and
    those whose retrieved copy does not fit its gold (``changed``: id -> split; the stored page changed since it
    was annotated), skipped.

    Blind texts are only ever reported in aggregate: :meth:`to_dict` never lists their files, and
    :func:`format_real` names no blind file (not even a failed or changed one)."""

    splits: dict[str, Report]
    missing: list[str]
    changed: dict[str, str] = field(default_factory=dict)

    def to_dict(self, details: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"missing": self.missing}
        if self.changed:
            out["changed"] = {
                "dev": sorted(gid for gid, split in self.changed.items() if split == "dev"),
                "blind": sum(split != "dev" for split in self.changed.values()),
            }
        for split, report in self.splits.items():
            data = report.to_dict()
            if split != "dev" or not details:
                data.pop("per_file")
            out[split] = data
        return out


def format_real(report: RealReport) -> str:
    """The tables of each split (blind in aggregate only), and what was not retrieved."""
    lines = []
    if report.missing:
        lines.append(
            f"{len(report.missing)} texts not retrieved, skipped (see ../shared/real/README.md): "
            + ", ".join(report.missing[:10])
            + (" ..." if len(report.missing) > 10 else "")
        )
    if report.changed:
        dev = sorted(gid for gid, split in report.changed.items() if split == "dev")
        blind = len(report.changed) - len(dev)
        lines.append(
            f"{len(report.changed)} texts differ from the copy their gold annotates (a span lies outside the text),"
            f" skipped: {', '.join(dev) or '-'}" + (f" and {blind} blind" if blind else "")
        )
    for split, rep in report.splits.items():
        lines += ["", f"== split {split}: {len(rep.files)} texts" + (" (aggregate only)" if split != "dev" else "")]
        lines.append(format_table(rep, name_failures=split == "dev"))
    return "\n".join(lines).strip()


def is_real_gold(gold_dir: Path) -> bool:
    """Whether ``gold_dir`` holds real-news gold (spans into retrieved texts) rather than FORMAT.md gold."""
    first = next(iter(sorted(Path(gold_dir).glob("*.json"))), None)
    if first is None:
        return False
    try:
        data = json.loads(first.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(data, dict) and "split" in data and "include_spans" in (data.get("body") or {})


def _cut(text: str, span: Any, where: str, path: Path) -> str:
    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
        raise GoldError(f"{where} must be a [start, end] pair of offsets, got {span!r}", source=str(path))
    start, end = span
    if not 0 <= start < end <= len(text):
        raise GoldTextChanged(f"{where} {span} lies outside the text ({len(text)} characters)", source=str(path))
    return text[start:end]


def convert(data: dict[str, Any], text: str, path: Path) -> dict[str, Any]:
    """The FORMAT.md form of one real-news gold object whose spans index ``text``."""
    body = data.get("body") or {}
    out: dict[str, Any] = {"id": data.get("id") or path.stem, "language": data.get("language")}
    if data.get("title_span"):
        out["title"] = _cut(text, data["title_span"], "title_span", path)
    if data.get("published"):
        out["published"] = data["published"]
    if isinstance(data.get("authors"), list):
        out["authors"] = data["authors"]
    out["body"] = {
        key: [_cut(text, s, f"body.{name}", path) for s in body.get(name, [])]
        for key, name in (
            ("must_include", "include_spans"),
            ("must_exclude", "exclude_spans"),
            ("captions", "caption_spans"),
        )
    }
    out["entities"] = [dict(e) for e in data.get("entities", [])]
    out["quotes"] = [dict(q) for q in data.get("quotes", [])]
    events = []
    for e in data.get("events", []):
        event = {k: v for k, v in e.items() if v is not None}  # an unstated date or place is not scored
        event["required"] = bool(e.get("required", e.get("status") == "realised")) and e.get("status") == "realised"
        events.append(event)
    out["events"] = events
    return out


def load_real_gold(gold_dir: Path, texts_dir: Path) -> tuple[list[RealGold], list[str], dict[str, str]]:
    """Every real-news gold file of ``gold_dir`` whose text is in ``texts_dir``, the ids whose text is absent (not
    retrieved: they are skipped, not failed), and those whose text does not fit the gold's spans (id -> split: a
    stored page that changed since it was annotated; skipped with a warning, so one such text never stops a run).

    A text is ``<texts_dir>/<id>.txt``, or, for a gold file that names its text by a relative ``source`` path
    (gold written for texts retrieved for another purpose, e.g. ``corpus/untuned``), ``<texts_dir>/<source>``."""
    gold_dir, texts_dir = Path(gold_dir), Path(texts_dir)
    if not gold_dir.is_dir():
        raise GoldError("not a directory", source=str(gold_dir))
    found: list[RealGold] = []
    missing: list[str] = []
    changed: dict[str, str] = {}
    for path in sorted(gold_dir.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GoldError(f"bad JSON: {exc}", source=str(path)) from exc
        if not isinstance(data, dict) or data.get("split") not in SPLITS:
            raise GoldError(f"not a real-news gold file (split must be one of {', '.join(SPLITS)})", source=str(path))
        gid = data.get("id") or path.stem
        source = texts_dir / f"{gid}.txt"
        named = data.get("source")
        if not source.is_file() and isinstance(named, str) and named and not Path(named).is_absolute():
            source = texts_dir / named
        if not source.is_file():
            missing.append(gid)
            continue
        text = source.read_text(encoding="utf-8")
        try:
            converted = convert(data, text, path)
        except GoldTextChanged as exc:
            log.warning("%s: skipped, the text differs from the one its gold annotates: %s", source, exc)
            changed[gid] = data["split"]
            continue
        found.append(RealGold(path, source, gid, data.get("language"), data["split"], converted))
    return found, missing, changed


__all__ = ["RealGold", "RealReport", "SPLITS", "is_real_gold", "convert", "load_real_gold", "format_real"]
