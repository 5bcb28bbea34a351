"""Analysis records as Parquet shards: what ``veille analyze --out DIR`` writes (locally or with the Ray executor,
:mod:`veille.raydata`) and ``veille load DIR`` brings into a store.

One row per document: the index of its input and its index within that input (a WARC or JSON Lines file holds
several documents), the source, the full record as JSON (``Article.to_dict()``: the store reads nothing else) or
the error's code and reason. A directory of shards is read back in input order, whatever the number of shards and
the order the workers wrote them in, so that loading it stores the articles in the order ``veille ingest`` would.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from . import errors
from .errors import InputNotFound, VeilleError
from .record import Outcome

SCHEMA = pa.schema(
    [
        ("input", pa.int64()),
        ("item", pa.int64()),
        ("source", pa.string()),
        ("record", pa.string()),  # the record as JSON; "" for a failed document
        ("error_code", pa.string()),  # "" for an analysed document
        ("error", pa.string()),
    ]
)
ORDER = [("input", "ascending"), ("item", "ascending")]


@dataclass
class Row:
    """One document read back from a shard: its record, or the error it failed with."""

    input: int
    item: int
    source: str
    record: dict[str, Any] | None
    error: VeilleError | None


def table(rows: Iterable[tuple[int, int, Outcome]]) -> pa.Table:
    """The shard table of ``(input index, item index, outcome)`` triples."""
    columns: dict[str, list[Any]] = {name: [] for name in SCHEMA.names}
    for index, item, outcome in rows:
        columns["input"].append(index)
        columns["item"].append(item)
        columns["source"].append(outcome.source)
        article = outcome.article
        record = article.to_dict() if article is not None and outcome.error is None else None
        columns["record"].append(json.dumps(record, ensure_ascii=False) if record is not None else "")
        columns["error_code"].append(outcome.error.code if outcome.error is not None else "")
        columns["error"].append(str(outcome.error.reason) if outcome.error is not None else "")
    return pa.Table.from_pydict(columns, schema=SCHEMA)


def write(path: Path, rows: Iterable[tuple[int, int, Outcome]]) -> None:
    """Write one shard file, whole or not at all: under a temporary name (not ``*.parquet``, so never read), then
    renamed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    pq.write_table(table(rows), partial)
    os.replace(partial, path)


def error_of(code: str, reason: str, source: str) -> VeilleError:
    """The error of ``code`` (its class from :mod:`veille.errors`), with its reason."""
    for name in errors.__all__:
        cls = getattr(errors, name)
        if getattr(cls, "code", None) == code:
            return cls(reason, source=source)
    return VeilleError(reason, source=source)


def read(directory: Path) -> Iterator[Row]:
    """Every document of the shards under ``directory`` (``*.parquet``, recursive), in input order.

    One shard is held in memory at a time: the shards are taken in the order of their first document (the Ray
    executor writes each over a run of consecutive inputs), the rows of each in input order.
    """
    files = sorted(directory.rglob("*.parquet")) if directory.is_dir() else []
    if not files:
        raise InputNotFound("no Parquet shard (*.parquet) in this directory", source=str(directory))
    first: dict[Path, tuple[int, int]] = {}
    for f in files:
        keys = pq.read_table(f, columns=["input", "item"]).sort_by(ORDER)
        first[f] = (keys["input"][0].as_py(), keys["item"][0].as_py()) if keys.num_rows else (-1, -1)
    for f in sorted(files, key=lambda f: first[f]):
        for row in pq.read_table(f, schema=SCHEMA).sort_by(ORDER).to_pylist():
            record = json.loads(row["record"]) if row["record"] else None
            error = error_of(row["error_code"], row["error"], row["source"]) if row["error_code"] else None
            yield Row(row["input"], row["item"], row["source"], record, error)


__all__ = ["SCHEMA", "Row", "table", "write", "read", "error_of"]
