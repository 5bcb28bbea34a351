"""A worker left with no work ends at once, while the others finish theirs (the kernel frees it meanwhile); at the end
of a run every worker is stopped and none waited for (:func:`veille.workers.reap` waits for them)."""

from __future__ import annotations

import time

import pytest

from veille import workers
from veille.config import Settings
from veille.record import Article, Document, Outcome

SETTINGS = Settings(analyze=False, hard_limits=True, doc_timeout=30.0, max_memory=None)


def analyze(items, settings, progress=None, done=None):
    """A stand-in for pipeline.analyze_batch: a document named "slow…" takes a while, the others none."""
    outcomes = []
    for i, doc in enumerate(items):
        progress(i, "analyze", settings.doc_timeout)
        if doc.source.startswith("slow"):
            time.sleep(0.4)
        outcome = Outcome(doc.source, article=Article(source=doc.source, title=doc.text))
        done(i, outcome)
        outcomes.append(outcome)
    return outcomes


def docs(*names: str) -> list[Document]:
    return [Document(source=name, content_type="text", text=name) for name in names]


@pytest.fixture
def calls(monkeypatch) -> list[str]:
    """The workers stopped, one "stop" each, in order."""
    seen: list[str] = []
    real = workers._Slot.stop

    def stop(self):
        seen.append("stop")
        real(self)

    monkeypatch.setattr(workers._Slot, "stop", stop)
    return seen


@pytest.mark.parametrize(
    ("batches", "jobs", "early"),
    [
        ([["quick"], ["slow1", "slow2", "slow3"]], 2, True),  # the first worker has nothing left after "quick"
        ([["slow1"], ["slow2"]], 1, False),  # one worker, with work left after "slow1": not stopped then
    ],
)
def test_workers_a_worker_with_nothing_left_ends_before_the_run(calls, batches, jobs, early):
    outcomes = []
    stopped = 0  # workers stopped when "slow1" came out: the slow worker had work left then
    for outcome in workers.supervise([docs(*b) for b in batches], SETTINGS, jobs, analyze):
        outcomes.append(outcome.source)
        if outcome.source == "slow1":
            stopped = calls.count("stop")
    assert outcomes == [name for b in batches for name in b]  # input order
    assert (stopped == 1) is early
    assert calls == ["stop"] * jobs
    stopped = [slot.proc for slot in workers._stopped]
    workers.reap()
    assert not workers._stopped and all(proc.exitcode is not None for proc in stopped)
