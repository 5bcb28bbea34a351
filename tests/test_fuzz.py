"""A bounded fuzz run (bench/fuzz.py): generated and mutated inputs of every kind through one supervised run."""

from __future__ import annotations

import io
from pathlib import Path

import pytest


@pytest.mark.e2e
def test_fuzz_bounded_run_neither_aborts_nor_hangs(bench_script):
    fuzz = bench_script("fuzz")
    result = fuzz.run(n=120, seed=11, jobs=2, timeout=8.0, analyze_share=0.1, out=io.StringIO())
    assert result["aborted_runs"] == 0 and result["internal_errors"] == []
    assert result["outcomes"] >= result["inputs"]  # every input ends as an outcome (a WARC or a feed may give several)
    assert set(result["by_code"]) <= {"ok", *(f"E1{n:02d}" for n in range(13)), "E201", "E202", "E203"}


def test_fuzz_generator_covers_every_input_kind(bench_script):
    names = [name for name, _ in bench_script("fuzz").generate(300, seed=5)]
    suffixes = {"".join(Path(n).suffixes) for n in names}
    assert {".html", ".txt", ".jsonl", ".warc", ".rss", ".html.gz"} <= suffixes
