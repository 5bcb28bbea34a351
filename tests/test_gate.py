"""The quality gate: floors per corpus, regressions, and updates that never lower floors silently."""

from __future__ import annotations

import json

import pytest

from veille.errors import ConfigError
from veille.evaluation.gate import Regression, check, flatten, load_baseline, update


def report(quotes_f1: float | None = 0.5, fr_quotes_f1: float | None = 0.5, recall: float = 0.8) -> dict:
    """A minimal ``Report.to_dict()``-shaped dict."""
    fields = {
        "quotes": {"n": 6, "tp": 3, "fp": 3, "fn": 3, "precision": 0.5, "recall": 0.5, "f1": quotes_f1},
        "must_include": {"n": 5, "found": 4, "recall": recall},
    }
    fr = {"quotes": {"f1": fr_quotes_f1}, "must_include": {"recall": recall}}
    return {
        "files": 1,
        "failed": 0,
        "fields": fields,
        "by_language": {"fr": {"files": 1, "failed": 0, "fields": fr}},
        "per_file": [],
    }


BASELINE = {"seed": {"quotes.f1": 0.5, "fr.quotes.f1": 0.5, "must_include.recall": 0.8}}


def test_gate_flatten_key_scheme():
    flat = flatten(report())
    assert flat["quotes.f1"] == 0.5 and flat["fr.quotes.f1"] == 0.5
    assert flat["must_include.found"] == 4 and flat["files"] == 1 and flat["fr.files"] == 1
    assert "failed" not in flat


@pytest.mark.parametrize(
    "scores",
    [
        {},  # equal
        {"quotes_f1": 0.5 - 1e-12},  # float noise within tolerance
        {"quotes_f1": 0.9, "fr_quotes_f1": 0.7, "recall": 1.0},  # better
    ],
)
def test_gate_check_passes_on_equal_or_better(scores):
    assert check(report(**scores), BASELINE, "seed") == []


@pytest.mark.parametrize(
    "scores, key, value",
    [
        ({"quotes_f1": 0.49}, "quotes.f1", 0.49),
        ({"fr_quotes_f1": 0.1}, "fr.quotes.f1", 0.1),
        ({"quotes_f1": None}, "quotes.f1", None),  # undefined is missing
    ],
)
def test_gate_check_fails_on_worse_or_missing(scores, key, value):
    assert check(report(**scores), BASELINE, "seed") == [Regression(key, BASELINE["seed"][key], value)]


def test_gate_check_metric_absent_from_report_is_a_regression():
    regressions = check(report(), {"seed": {"events.f1": 0.2}}, "seed")
    assert regressions == [Regression("events.f1", 0.2, None)]
    assert "missing" in str(regressions[0])


def test_gate_check_reads_file_and_rejects_unknown_corpus_or_bad_floors(tmp_path):
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps(BASELINE), encoding="utf-8")
    assert check(report(), path, "seed") == []
    with pytest.raises(ConfigError, match="no floors for corpus 'other'"):
        check(report(), path, "other")
    with pytest.raises(ConfigError, match="not a number"):
        check(report(), {"seed": {"quotes.f1": "high"}}, "seed")
    with pytest.raises(ConfigError, match="floors apply only"):
        check(report(), {"seed": {"quotes.fp": 1}}, "seed")
    path.write_text("{oops", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad JSON"):
        load_baseline(path)


def test_gate_update_creates_floors_and_history(tmp_path):
    path = tmp_path / "quality" / "baseline.json"
    floors = update(report(), path, "seed", reason="first baseline")
    assert floors["quotes.f1"] == 0.5 and floors["fr.must_include.recall"] == 0.8
    assert "quotes.fp" not in floors and "quotes.n" not in floors
    data = load_baseline(path)
    assert data["seed"] == floors
    (entry,) = data["_history"]
    assert entry["reason"] == "first baseline" and entry["corpus"] == "seed" and entry["date"][:2] == "20"


def test_gate_update_raises_floors_of_existing_keys_only(tmp_path):
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps({"seed": {"quotes.f1": 0.4}, "other": {"quotes.f1": 0.1}}), encoding="utf-8")
    assert update(report(quotes_f1=0.6), path, "seed", reason="better quotes") == {"quotes.f1": 0.6}
    data = load_baseline(path)
    assert data["other"] == {"quotes.f1": 0.1} and len(data["_history"]) == 1
    update(report(quotes_f1=0.6), path, "seed", reason="add a key", keys=["quotes.f1", "fr.quotes.f1"])
    assert load_baseline(path)["seed"] == {"fr.quotes.f1": 0.5, "quotes.f1": 0.6}


@pytest.mark.parametrize("allow_lower, reason", [(False, "worse but accepted"), (True, ""), (True, "  ")])
def test_gate_update_refuses_to_lower_without_flag_and_reason(tmp_path, allow_lower, reason):
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps(BASELINE), encoding="utf-8")
    with pytest.raises(ConfigError, match="refusing to lower"):
        update(report(quotes_f1=0.3), path, "seed", reason=reason, allow_lower=allow_lower)
    assert load_baseline(path) == BASELINE  # untouched


def test_gate_update_lowers_with_flag_and_reason(tmp_path):
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps(BASELINE), encoding="utf-8")
    floors = update(
        report(quotes_f1=0.3, fr_quotes_f1=None), path, "seed", reason="new gold file is harder", allow_lower=True
    )
    assert floors == {"quotes.f1": 0.3, "must_include.recall": 0.8}  # fr.quotes.f1 dropped
    history = load_baseline(path)["_history"][-1]
    assert history["lowered"] == {"quotes.f1": [0.5, 0.3], "fr.quotes.f1": [0.5, None]}
    assert check(report(quotes_f1=0.3, fr_quotes_f1=None), path, "seed") == []
