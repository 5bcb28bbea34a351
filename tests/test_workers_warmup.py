"""Before forking the workers, the supervising process analyses each language's ``warmup.txt`` once, so that the
workers start with the stages' modules imported and their lazy data read (``veille.workers.warm_up``)."""

from __future__ import annotations

import sys

import pytest

from veille import lang, pipeline, workers
from veille.analysis import nlp
from veille.config import Settings
from veille.record import Document


@pytest.mark.parametrize("code", lang.BUILTIN)
def test_each_builtin_language_has_a_sample(code: str) -> None:
    sample = lang.get(code).path("warmup.txt")
    assert sample.is_file()
    assert len(sample.read_text(encoding="utf-8").split()) >= 10


@pytest.mark.parametrize("installed", [True, False])
def test_the_samples_are_analysed_as_text_and_as_a_page(monkeypatch: pytest.MonkeyPatch, installed: bool) -> None:
    seen: list[Document] = []
    monkeypatch.setattr(nlp, "installed", lambda code: installed)
    monkeypatch.setattr(workers, "_warmed", set())
    workers._analyze_samples(Settings(), lambda items, settings: seen.extend(items) or [])
    if not installed:  # a language without its model is not warmed
        assert seen == []
        return
    kinds = {(d.source, d.content_type) for d in seen}
    assert kinds == {(f"warm-up:{c}", k) for c in lang.codes() for k in ("text", "html")}
    assert all(d.text.strip() for d in seen)


@pytest.mark.parametrize("runs", [2, 3])
def test_the_samples_are_analysed_once_a_process(monkeypatch: pytest.MonkeyPatch, runs: int) -> None:
    seen: list[Document] = []
    monkeypatch.setattr(nlp, "installed", lambda code: True)
    monkeypatch.setattr(workers, "_warmed", set())
    for _ in range(runs):
        workers._analyze_samples(Settings(), lambda items, settings: seen.extend(items) or [])
    assert len(seen) == 2 * len(lang.codes())


@pytest.mark.parametrize("error", [RuntimeError("boom"), ValueError("bad")])
def test_a_failed_warm_up_does_not_stop_the_run(monkeypatch: pytest.MonkeyPatch, error: Exception) -> None:
    def fail(items, settings):
        raise error

    monkeypatch.setattr(nlp, "installed", lambda code: True)
    monkeypatch.setattr(workers, "_warmed", set())
    workers._analyze_samples(Settings(), fail)  # no exception


@pytest.mark.e2e
@pytest.mark.parametrize("module", ["veille.analysis.quotes", "veille.analysis.events", "veille.extract.html"])
def test_warm_up_imports_the_stages(module: str) -> None:
    workers.warm_up(Settings(), pipeline.analyze_batch)
    assert module in sys.modules
