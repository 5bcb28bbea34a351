"""The quality gate: evaluation scores must not fall below the floors kept in a baseline file.

The baseline (``quality/baseline.json``) maps a corpus name to ``{metric key: floor}``; metric keys are
flattened from ``Report.to_dict()`` (see ``flatten`` and quality/README.md). ``"_history"`` records
every update with its date and reason. Floors only go up unless lowering is explicitly allowed.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import ConfigError

log = logging.getLogger(__name__)

TOLERANCE = 1e-9  # scores are ratios of small integers; this only absorbs float round-off
RATIO_METRICS = ("precision", "recall", "f1", "accuracy")
# A floor only makes sense for a metric where higher is better (not fp, fn, failed, skipped).
GATED_METRICS = (*RATIO_METRICS, "n", "tp", "found", "absent", "files")


@dataclass(frozen=True)
class Regression:
    """One metric below its floor; ``value`` is None when the report lacks the metric."""

    key: str
    floor: float
    value: float | None

    def __str__(self) -> str:
        got = "missing" if self.value is None else f"{self.value:.4f}"
        return f"{self.key}: {got} < floor {self.floor:.4f}"


def flatten(report_dict: Mapping[str, Any]) -> dict[str, float | None]:
    """Metric keys of a report: ``<field>.<metric>``, ``<lang>.<field>.<metric>``, ``files``, ``<lang>.files``."""
    flat: dict[str, float | None] = {}

    def block(prefix: str, data: Mapping[str, Any]) -> None:
        if "files" in data:
            flat[prefix + "files"] = data["files"]
        for name, metrics in data.get("fields", {}).items():
            for metric, value in metrics.items():
                flat[f"{prefix}{name}.{metric}"] = value

    block("", report_dict)
    for lang, data in report_dict.get("by_language", {}).items():
        block(f"{lang}.", data)
    return flat


def load_baseline(path: Path) -> dict[str, Any]:
    """Read and validate a baseline file; ``ConfigError`` names the file and the reason."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError("baseline file not found", source=str(path)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"bad JSON: {exc}", source=str(path)) from exc
    _validate(data, str(path))
    return data


def _validate(data: Any, source: str) -> None:
    if not isinstance(data, dict):
        raise ConfigError("a baseline must be a JSON object", source=source)
    for corpus, floors in data.items():
        if corpus.startswith("_"):
            continue
        if not isinstance(floors, dict):
            raise ConfigError(f"corpus {corpus!r} must map metric keys to floors", source=source)
        for key, floor in floors.items():
            if key.rsplit(".", 1)[-1] not in GATED_METRICS:
                raise ConfigError(f"{corpus}/{key}: floors apply only to {', '.join(GATED_METRICS)}", source=source)
            if isinstance(floor, bool) or not isinstance(floor, (int, float)):
                raise ConfigError(f"floor of {corpus}/{key} is not a number: {floor!r}", source=source)


def check(report_dict: Mapping[str, Any], baseline: Mapping[str, Any] | Path, corpus: str) -> list[Regression]:
    """Every metric of ``corpus`` below its floor in ``baseline`` (a dict or a file path).

    A metric the report lacks (or reports as null) is a regression too. ``ConfigError`` when the
    baseline has no floors for ``corpus``.
    """
    if isinstance(baseline, (str, Path)):
        baseline = load_baseline(Path(baseline))
    else:
        _validate(baseline, "baseline")
    if corpus.startswith("_") or corpus not in baseline:
        raise ConfigError(f"no floors for corpus {corpus!r} in the baseline (create them with an update)")
    flat = flatten(report_dict)
    regressions = []
    for key, floor in sorted(baseline[corpus].items()):
        value = flat.get(key)
        if value is None or value < floor - TOLERANCE:
            regressions.append(Regression(key, float(floor), value))
    return regressions


def update(
    report_dict: Mapping[str, Any],
    baseline_path: Path,
    corpus: str,
    *,
    reason: str,
    allow_lower: bool = False,
    keys: Iterable[str] | None = None,
) -> dict[str, float]:
    """Write the current scores of ``corpus`` as its new floors; return them.

    The keys are ``keys`` when given, else the corpus's existing keys, else (first update) every
    precision/recall/F1/accuracy the report defines. Lowering a floor, or dropping one the report no
    longer has, raises ``ConfigError`` unless ``allow_lower`` is true and ``reason`` is non-empty.
    The update is recorded under ``"_history"`` with its UTC date, reason, the floors it lowered and the
    F1 scores of every field (all languages) at that date; the file is replaced atomically.
    """
    if corpus.startswith("_") or not corpus:
        raise ConfigError(f"invalid corpus name {corpus!r}")
    baseline_path = Path(baseline_path)
    data = load_baseline(baseline_path) if baseline_path.exists() else {}
    old: dict[str, float] = data.get(corpus, {})
    flat = flatten(report_dict)
    if keys is not None:
        wanted = list(keys)
    elif old:
        wanted = list(old)
    else:
        wanted = [k for k, v in flat.items() if k.rsplit(".", 1)[-1] in RATIO_METRICS and v is not None]
    ungated = [k for k in wanted if k.rsplit(".", 1)[-1] not in GATED_METRICS]
    if ungated:
        raise ConfigError(f"floors apply only to {', '.join(GATED_METRICS)}: not {', '.join(ungated)}")
    new: dict[str, float] = {}
    for k in wanted:
        value = flat.get(k)
        if value is not None:
            new[k] = value
    lowered = {
        k: [old[k], new.get(k)] for k in old if k in wanted and (new.get(k) is None or new[k] < old[k] - TOLERANCE)
    }
    if lowered and not (allow_lower and reason.strip()):
        listing = ", ".join(
            f"{k} {a:.4f} -> {'missing' if b is None else f'{b:.4f}'}" for k, (a, b) in sorted(lowered.items())
        )
        raise ConfigError(f"refusing to lower floors of {corpus!r} ({listing}); pass allow_lower with a reason")
    floors = {**{k: v for k, v in old.items() if k not in wanted}, **new}
    data[corpus] = dict(sorted(floors.items()))
    data.setdefault("_history", []).append(
        {
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "corpus": corpus,
            "reason": reason,
            "lowered": lowered,
            "scores": {k: round(v, 4) for k, v in sorted(new.items()) if k.count(".") == 1 and k.endswith(".f1")},
        }
    )
    tmp = baseline_path.with_name(baseline_path.name + ".tmp")
    baseline_path.parent.mkdir(parents=True, exist_ok=True)
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, baseline_path)
    log.info("baseline %s: %d floors for %s (%d lowered)", baseline_path, len(floors), corpus, len(lowered))
    return data[corpus]
