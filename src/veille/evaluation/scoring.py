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

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .fields import score_body, score_entities, score_events, score_metadata, score_quotes
from .gold import GoldFile, load_gold
from .identity import Identities
from .real import SPLITS, RealGold, RealReport, load_real_gold
from .report import FileResult, Report

log = logging.getLogger(__name__)


def score_file(gold: GoldFile | RealGold, pred: dict[str, Any] | None, error: str | None = None) -> FileResult:
    """Score one prediction against one gold file; ``pred=None`` scores a failed analysis."""
    result = FileResult(gold.id, str(gold.path), (gold.language or "und").strip().lower(), error)
    data = gold.data
    pred = pred or {}
    score_metadata(data, pred, result)
    score_body(data, pred, result, failed=error is not None)
    ids = Identities(data, pred)
    score_entities(data, pred, result, ids)
    score_quotes(data, pred, result, ids)
    score_events(data, pred, result, ids)
    return result


def _failure(gold: GoldFile | RealGold, exc: Exception) -> tuple[str, str]:
    """How a log line names a gold file's text and its error: a blind real-news text is never named."""
    if getattr(gold, "split", "dev") == "dev":
        return str(gold.source), str(exc)
    return "a blind text", str(exc).replace(str(gold.source), "it").replace(gold.id, "it")


def score_one(gold: GoldFile | RealGold, analyze: Callable[[Path], dict[str, Any]]) -> FileResult:
    """Analyse the source of one gold file and score the record; a failure is scored as a failed file."""
    try:
        pred = analyze(gold.source)
        if hasattr(pred, "to_dict"):
            pred = pred.to_dict()
        if not isinstance(pred, dict):
            raise TypeError(f"analyze returned {type(pred).__name__}, not a record dict")
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the evaluation
        log.warning("evaluation of %s failed: %s", *_failure(gold, exc))
        return score_file(gold, None, f"{type(exc).__name__}: {exc}")
    try:
        return score_file(gold, pred)
    except (TypeError, AttributeError, ValueError) as exc:  # a record that breaks DESIGN.md
        log.warning("record of %s is invalid: %s", *_failure(gold, exc))
        return score_file(gold, None, f"invalid record: {type(exc).__name__}: {exc}")


def evaluate(gold_dir: Path, analyze: Callable[[Path], dict[str, Any]]) -> Report:
    """Run ``analyze`` on the source of each gold file under ``gold_dir`` and score the records.

    ``analyze(source_path)`` returns the analysed-article record of DESIGN.md. When it raises (or
    returns something that is not a record) the file is recorded as failed, its error kept, every
    required item counted missed, and evaluation goes on.
    """
    return Report([score_one(gold, analyze) for gold in load_gold(gold_dir)])


def evaluate_real(gold_dir: Path, texts_dir: Path, analyze: Callable[[Path], dict[str, Any]]) -> RealReport:
    """Score the real-news texts of ``texts_dir`` against their gold in ``gold_dir`` (``../shared/real/gold``),
    one report per split; texts not retrieved are listed, not failed."""
    golds, missing, changed = load_real_gold(gold_dir, texts_dir)
    results: dict[str, list[FileResult]] = {split: [] for split in SPLITS}
    for gold in golds:
        results[gold.split].append(score_one(gold, analyze))
    return RealReport({split: Report(files) for split, files in results.items()}, missing, changed)
