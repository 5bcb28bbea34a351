"""A worker is sent its next batch while it analyses the last document of its batch (so that it never waits for the
supervisor), a batch sent ahead to a worker that dies is handed again, and what the caller makes of each article
(``prepare``) is made in the worker."""

from __future__ import annotations

import os
import signal
import time

import pytest

from veille import workers
from veille.config import Settings
from veille.errors import WorkerCrashed
from veille.record import Article, Document, Outcome

SETTINGS = Settings(analyze=False, hard_limits=True, doc_timeout=30.0, max_memory=None)


def analyze(items, settings, progress=None, done=None):
    """A stand-in for pipeline.analyze_batch: each document "analysed" for a moment; the one named "crash" kills
    its worker in the middle of its analysis."""
    outcomes = []
    for i, doc in enumerate(items):
        progress(i, "analyze", settings.doc_timeout)
        time.sleep(0.3)  # long enough for the supervisor to send the next batch ahead
        if "crash" in doc.source:
            os.kill(os.getpid(), signal.SIGKILL)
        outcome = Outcome(doc.source, article=Article(source=doc.source, title=doc.text.upper()))
        done(i, outcome)
        outcomes.append(outcome)
    return outcomes


def docs(*names: str) -> list[Document]:
    return [Document(source=name, content_type="text", text=name) for name in names]


@pytest.fixture
def sent_ahead(monkeypatch) -> list[list[str]]:
    sent: list[list[str]] = []
    real = workers._Slot.send_ahead

    def send_ahead(self, batch):
        sent.append([d.source for d in batch.items])
        real(self, batch)

    monkeypatch.setattr(workers._Slot, "send_ahead", send_ahead)
    return sent


@pytest.mark.parametrize(
    ("batches", "failed"),
    [
        ([["a", "b"], ["c", "d"], ["e"]], None),
        ([["a", "crash"], ["c", "d"], ["e"]], "crash"),  # the batch sent ahead is handed again, whole
    ],
)
def test_workers_next_batch_sent_ahead(sent_ahead, batches, failed):
    outcomes = list(workers.supervise([docs(*b) for b in batches], SETTINGS, 1, analyze))
    assert [o.source for o in outcomes] == [name for b in batches for name in b]  # input order
    assert sent_ahead[0] == ["c", "d"]  # sent while "b" (or "crash") was analysed
    for outcome in outcomes:
        if outcome.source == failed:
            assert isinstance(outcome.error, WorkerCrashed)
        else:
            assert outcome.ok, outcome.error


def test_workers_prepare_runs_in_the_worker(sent_ahead):
    batches = [docs("a", "b"), docs("c"), docs("d")]
    outcomes = list(workers.supervise(batches, SETTINGS, 2, analyze, prepare=lambda art: (os.getpid(), art.title)))
    assert [o.source for o in outcomes] == ["a", "b", "c", "d"]
    assert [o.prepared[1] for o in outcomes] == ["A", "B", "C", "D"]
    assert os.getpid() not in {o.prepared[0] for o in outcomes}  # made by the workers


@pytest.mark.parametrize(
    ("stage", "doc", "pending", "ahead", "wanted"),
    [
        ("analyze", 3, {3}, False, True),  # analysing the last document: its next batch now
        ("analyze", 2, {2, 3}, False, False),  # two to go
        ("parse", 3, {3}, False, False),  # the last document still in the batch's parse
        ("analyze", 3, {3}, True, False),  # one batch ahead at most
    ],
)
def test_workers_slot_wants_its_next_batch_on_its_last_analysis(stage, doc, pending, ahead, wanted):
    slot = object.__new__(workers._Slot)
    slot.batch = workers._Batch(0, 0, docs("a", "b", "c", "d"), set(pending))
    slot.next = workers._Batch(1, 4, docs("e"), {0}) if ahead else None
    slot.stage, slot.doc = stage, doc
    assert slot.wants_next() is wanted
