"""The Ray executor (``pip install 'veille[ray]'``): ``veille analyze INPUTS --executor ray --out DIR``.

The inputs (files, directories, WARC, JSON Lines, Parquet: what :mod:`veille.sources` reads) are listed on the
driver and cut into batches of :data:`INPUTS_PER_BATCH`; the driver hands them to a pool of :class:`Analyzer` Ray
actors, one per worker, :data:`IN_FLIGHT` at a time each, the next one to whichever actor finished one. Each actor
loads the spaCy models and the knowledge base once, then reads its inputs and runs the very batch function of the
local path (:func:`veille.pipeline.analyze_batch`: extraction, language, parse, entities, quotes, events). Each
actor writes the records of its batch as one Parquet shard (:mod:`veille.shards`) and hands back only the shard's
name: the records never travel through Ray's object store, and no write task competes with the actors for the CPUs
(with fractional-CPU write tasks, Ray started a dozen worker processes on a 2-CPU machine, each importing its
libraries: two actors ran slower than one). An actor that dies is started again and its batch retried (Ray's
``max_restarts`` and ``max_task_retries``, as Ray Data's actor pools set them).

Plain Ray actors, not a Ray Data ``map_batches``: Ray Data ran three actors of its own (statistics, autoscaling,
actor locations: ~3 s of CPU in a 105-text run, more in a longer one) and a streaming executor in the driver, and
the analysis actors waited for their processes behind them (~7 s from ``ray.init`` to an actor's constructor,
against ~1 s now: Ray's prestarted worker processes become the actors); on a 2-core machine that CPU and that wait
came out of the second worker's share (bench/ray_local.py prints the CPU of every process of a run).

``veille load DIR --db news.db`` brings the shards into a store, where cross-article linking and stories run (they
need the whole store). The paths, and ``DIR``, must be reachable from every worker (a shared file system, or one
machine). docs/scale.md says how to run it on a cluster.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .config import Settings
from .errors import ConfigError
from .record import Outcome

logger = logging.getLogger(__name__)

#: Inputs handed to an actor at a time: one group of :data:`veille.pipeline.BATCH_SIZE` documents for plain files,
#: parsed together; small enough that the last batches of a run leave no worker idle for long (an input can be a
#: WARC of thousands of pages). Tuned with bench/ray_local.py --copies 30 (1,050 texts, quiet 2-core machine):
#: 4 gave 2 workers 1.68x one worker in steady state, 16 gave 1.87x and 2.02x (two runs); one shard per batch.
INPUTS_PER_BATCH = 16


def require_ray() -> Any:
    """The ``ray`` module, or a ConfigError saying how to install it."""
    try:
        import ray
    except ImportError as exc:
        raise ConfigError(
            f"the Ray executor needs Ray, which is not installed ({exc}): pip install 'veille[ray]'"
        ) from exc
    return ray


class Analyzer:
    """The work of one Ray actor: the models are loaded once, in the constructor; each call analyses a batch of
    inputs (their indexes and paths), writes their documents' records as one shard under ``out``, named after the
    batch's first input, and returns the shard's name, its number of documents and when (seconds since the epoch,
    this machine's clock) the actor's constructor began, the actor was ready and the batch began and ended: the
    run's timeline."""

    def __init__(self, settings: Settings, out: str) -> None:
        from .workers import warm_up

        self.entered = time.time()
        self.settings, self.out = settings, Path(out)
        warm_up(settings)
        self.ready = time.time()

    def __call__(self, inputs: list[int], paths: list[str]) -> dict[str, Any]:
        from . import shards
        from .pipeline import BATCH_SIZE, analyze_batch
        from .sources import iter_documents

        began = time.time()
        rows: list[tuple[int, int, Outcome]] = []
        for index, path in zip(inputs, paths, strict=True):
            items = list(iter_documents([path], self.settings))
            for start in range(0, len(items), BATCH_SIZE):
                outcomes = analyze_batch(items[start : start + BATCH_SIZE], self.settings)
                rows.extend((index, start + k, outcome) for k, outcome in enumerate(outcomes))
        name = f"part-{min(inputs):09d}.parquet"
        shards.write(self.out / name, rows)
        return {
            "shard": name,
            "documents": len(rows),
            "entered": self.entered,
            "ready": self.ready,
            "began": began,
            "ended": time.time(),
        }


#: Batches handed to an actor before its first one is done: the next batch waits in the actor's queue while it
#: works, so it never waits for the driver between two batches.
IN_FLIGHT = 2


def analyze_to_shards(
    inputs: Iterable[str],
    out: Path,
    settings: Settings | None = None,
    *,
    workers: int | None = None,
    address: str | None = None,
    timeline: dict[str, float] | None = None,
) -> int:
    """Analyse ``inputs`` with a pool of ``workers`` Ray actors (default: one per CPU of the cluster) and write the
    records as Parquet shards under ``out``; return the number of inputs.

    Connects to the Ray cluster at ``address`` (or ``RAY_ADDRESS``); with neither, and no Ray already started in
    this process, starts one on this machine with ``workers`` CPUs. ``timeline``, when given, receives when (seconds
    since the epoch) the first actor's constructor began, the first and the last actor were ready, the first batch
    began and the last batch ended (bench/ray_local.py tells a run's start from its work with them).
    """
    ray = require_ray()
    from .store.inputs import expand

    settings = settings or Settings()
    paths = expand(inputs)
    if not paths:
        return 0
    if not ray.is_initialized():
        local = {} if address else {"num_cpus": workers}
        ray.init(address=address, include_dashboard=False, logging_level=logging.WARNING, **local)
    if workers is None:
        workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
    workers = max(1, min(workers, len(paths)))
    out.mkdir(parents=True, exist_ok=True)
    # an actor that dies is started again and its batch retried, and the actors spread over the nodes, as Ray Data's
    # actor pools do
    actor = ray.remote(num_cpus=1, max_restarts=-1, max_task_retries=-1, scheduling_strategy="SPREAD")(Analyzer)
    pool = [actor.remote(settings, str(out.resolve())) for _ in range(workers)]
    batches = [list(range(i, min(i + INPUTS_PER_BATCH, len(paths)))) for i in range(0, len(paths), INPUTS_PER_BATCH)]
    try:
        written = _run(ray, pool, batches, paths)
    finally:
        for handle in pool:  # their models' memory back to the cluster now, not when the driver ends
            ray.kill(handle)
    documents = sum(row["documents"] for row in written)
    if timeline is not None and written:
        timeline["entered"] = min(row["entered"] for row in written)
        timeline["ready"] = min(row["ready"] for row in written)
        timeline["last_ready"] = max(row["ready"] for row in written)
        timeline["first_batch"] = min(row["began"] for row in written)
        timeline["last_batch"] = max(row["ended"] for row in written)
    logger.info(
        "%d inputs (%d documents) analysed by %d Ray workers into %d shards under %s",
        len(paths),
        documents,
        workers,
        len(written),
        out,
    )
    return len(paths)


def _run(ray: Any, pool: list[Any], batches: list[list[int]], paths: list[str]) -> list[dict[str, Any]]:
    """Hand ``batches`` (lists of input indexes) to the actors of ``pool``, :data:`IN_FLIGHT` at a time each, the
    next one to whichever actor finished one; the actors' answers, in the order they came."""
    todo = iter(batches)
    pending: dict[Any, Any] = {}

    def submit(handle: Any) -> None:
        batch = next(todo, None)
        if batch is not None:
            pending[handle.__call__.remote(batch, [paths[i] for i in batch])] = handle

    for _ in range(IN_FLIGHT):
        for handle in pool:
            submit(handle)
    written: list[dict[str, Any]] = []
    while pending:
        done, _ = ray.wait(list(pending), num_returns=1)
        handle = pending.pop(done[0])
        written.append(ray.get(done[0]))
        submit(handle)
    return written


__all__ = ["Analyzer", "analyze_to_shards", "require_ray", "INPUTS_PER_BATCH", "IN_FLIGHT"]
