"""The Ray Data executor (``pip install 'veille[ray]'``): ``veille analyze INPUTS --executor ray --out DIR``.

The inputs (files, directories, WARC, JSON Lines, Parquet: what :mod:`veille.sources` reads) are listed on the
driver and become a Ray Dataset of ``(input index, path)`` rows; ``map_batches`` hands them to a pool of
:class:`Analyzer` actors, one per worker, each loading the spaCy models and the knowledge base once, then reading
its inputs and running the very batch function of the local path (:func:`veille.pipeline.analyze_batch`:
extraction, language, parse, entities, quotes, events). Each actor writes the records of its batch as one Parquet
shard (:mod:`veille.shards`) and hands back only the shard's name: the records never travel through Ray's object
store, and no write task competes with the actors for the CPUs (with fractional-CPU write tasks, Ray started a
dozen worker processes on a 2-CPU machine, each importing its libraries: two actors ran slower than one).
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
    inputs (a pyarrow table of ``input``, ``path``), writes their documents' records as one shard under ``out``,
    named after the batch's first input, and returns the shard's name, its number of documents and when (seconds
    since the epoch, this machine's clock) the actor was ready and the batch began and ended: the run's timeline."""

    def __init__(self, settings: Settings, out: str) -> None:
        from .workers import warm_up

        self.settings, self.out = settings, Path(out)
        warm_up(settings)
        self.ready = time.time()

    def __call__(self, batch: Any) -> dict[str, list[Any]]:
        from . import shards
        from .pipeline import BATCH_SIZE, analyze_batch
        from .sources import iter_documents

        began = time.time()
        rows: list[tuple[int, int, Outcome]] = []
        inputs = batch["input"].to_pylist()
        for index, path in zip(inputs, batch["path"].to_pylist(), strict=True):
            items = list(iter_documents([path], self.settings))
            for start in range(0, len(items), BATCH_SIZE):
                outcomes = analyze_batch(items[start : start + BATCH_SIZE], self.settings)
                rows.extend((index, start + k, outcome) for k, outcome in enumerate(outcomes))
        name = f"part-{min(inputs):09d}.parquet"
        shards.write(self.out / name, rows)
        return {
            "shard": [name],
            "documents": [len(rows)],
            "ready": [self.ready],
            "began": [began],
            "ended": [time.time()],
        }


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
    since the epoch) the first actor was ready, the first batch began and the last batch ended (bench/ray_local.py
    tells a run's start from its work with them).
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
    ds = ray.data.from_items([{"input": i, "path": p} for i, p in enumerate(paths)])
    ds = ds.map_batches(
        Analyzer,
        fn_constructor_args=(settings, str(out.resolve())),
        batch_size=INPUTS_PER_BATCH,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=1,
    )
    written = ds.take_all()  # the shards' names: the records are on disk
    documents = sum(row["documents"] for row in written)
    if timeline is not None and written:
        timeline["ready"] = min(row["ready"] for row in written)
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


__all__ = ["Analyzer", "analyze_to_shards", "require_ray", "INPUTS_PER_BATCH"]
