"""Supervised worker processes: a document that hangs, eats memory or kills its worker fails alone, with its code,
and the run goes on in input order."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from veille import pipeline
from veille.config import Settings
from veille.errors import MemoryLimitExceeded, ProcessingTimeout, WorkerCrashed

TEXT = (
    "Le conseil municipal de Valbourg a voté mardi soir le budget de la nouvelle médiathèque, après deux heures "
    "de débat animé entre la majorité et l'opposition.\n"
)
SETTINGS = Settings(analyze=False, hard_limits=True, doc_timeout=1.0, max_memory=None)


def pages(tmp_path: Path, n: int) -> list[str]:
    paths = []
    for i in range(n):
        p = tmp_path / f"p{i}.txt"
        p.write_text(f"Titre numéro {i} de la page\n\n{TEXT}", encoding="utf-8")
        paths.append(str(p))
    return paths


def misbehave_on(monkeypatch: pytest.MonkeyPatch, marker: str, action) -> None:
    """Make the extraction of the document whose source contains ``marker`` run ``action`` (in the worker)."""
    real = pipeline.extract

    def extract(doc, settings):
        if marker in doc.source:
            action()
        return real(doc, settings)

    monkeypatch.setattr(pipeline, "extract", extract)


def hang_in_c() -> None:
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # like a loop in C: the soft limit cannot act
    time.sleep(60)


def test_workers_a_hung_document_is_killed_and_fails_alone(tmp_path, monkeypatch):
    paths = pages(tmp_path, 5)
    misbehave_on(monkeypatch, "p2.txt", hang_in_c)
    started = time.monotonic()
    outcomes = list(pipeline.process(paths, SETTINGS, jobs=1))
    assert time.monotonic() - started < 30  # nowhere near the 60 s the document would hang
    assert [o.source for o in outcomes] == paths  # input order
    assert isinstance(outcomes[2].error, ProcessingTimeout) and "p2.txt" in str(outcomes[2].error)
    assert all(o.ok and o.article.title.startswith("Titre") for i, o in enumerate(outcomes) if i != 2)


def test_workers_a_killed_worker_fails_its_document_only(tmp_path, monkeypatch):
    paths = pages(tmp_path, 6)
    misbehave_on(monkeypatch, "p1.txt", lambda: os.kill(os.getpid(), signal.SIGKILL))
    outcomes = list(pipeline.process(paths, SETTINGS, jobs=2, batch_size=3))
    assert [o.source for o in outcomes] == paths
    assert isinstance(outcomes[1].error, WorkerCrashed) and outcomes[1].error.code == "E203"
    assert all(o.ok for i, o in enumerate(outcomes) if i != 1)


def test_workers_memory_limit(tmp_path, monkeypatch):
    paths = pages(tmp_path, 3)
    hog: list[bytearray] = []

    def eat() -> None:
        for _ in range(40):
            hog.append(bytearray(50 * 1024 * 1024))
            time.sleep(0.02)
        time.sleep(5)

    misbehave_on(monkeypatch, "p0.txt", eat)
    settings = Settings(analyze=False, hard_limits=True, doc_timeout=20.0, max_memory=400 * 1024 * 1024)
    outcomes = list(pipeline.process(paths, settings, jobs=1))
    assert isinstance(outcomes[0].error, MemoryLimitExceeded) and "400 MB" in str(outcomes[0].error)
    assert outcomes[1].ok and outcomes[2].ok


def test_workers_give_the_same_records_as_the_process(tmp_path):
    paths = pages(tmp_path, 4)
    inline = [o.article.to_dict() for o in pipeline.process(paths, Settings(analyze=False))]
    supervised = [o.article.to_dict() for o in pipeline.process(paths, SETTINGS, jobs=2, batch_size=1)]
    assert supervised == inline
