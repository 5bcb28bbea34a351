"""Parquet exports (pyarrow): the tables of :mod:`.export` with their types: an event's actors and recipients are
lists of structs (code, id, name, sector), an article's authors a list of strings, a quote's speakers a list of
structs, an entity's roles a list of structs (role, text, date); counts are integers, scores doubles, flags
booleans. The files open as they are in pandas, polars, duckdb, Spark or R's arrow.

The records are read once, in one pass, whatever the number of tables; rows are written in row groups of
:data:`ROW_GROUP` (memory stays flat on a large store).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .export import TABLE_NAMES, typed_rows

#: Rows buffered per table before they are written as one row group: large enough for compression and fast
#: scans, small enough that an export of a large store holds little in memory.
ROW_GROUP = 2000

REF = pa.struct([("code", pa.string()), ("id", pa.string()), ("name", pa.string()), ("sector", pa.string())])
ROLE = pa.struct([("role", pa.string()), ("text", pa.string()), ("date", pa.string())])

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("id", pa.string()),
            ("published", pa.string()),
            ("language", pa.string()),
            ("title", pa.string()),
            ("authors", pa.list_(pa.string())),
            ("url", pa.string()),
            ("source", pa.string()),
            ("entities", pa.int32()),
            ("quotes", pa.int32()),
            ("events", pa.int32()),
            ("body", pa.string()),
        ]
    ),
    "entities": pa.schema(
        [
            ("article_id", pa.string()),
            ("entity_id", pa.string()),
            ("type", pa.string()),
            ("name", pa.string()),
            ("code", pa.string()),
            ("country", pa.string()),
            ("sector", pa.string()),
            ("roles", pa.list_(ROLE)),
            ("mentions", pa.int32()),
        ]
    ),
    "quotes": pa.schema(
        [
            ("quote_id", pa.string()),
            ("article_id", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("direct", pa.bool_()),
            ("speakers", pa.list_(REF)),
            ("cue", pa.string()),
            ("text", pa.string()),
        ]
    ),
    "events": pa.schema(
        [
            ("event_id", pa.string()),
            ("article_id", pa.string()),
            ("date", pa.string()),
            ("type", pa.string()),
            ("mode", pa.string()),
            ("quad", pa.string()),
            ("score", pa.float64()),
            ("actors", pa.list_(REF)),
            ("recipients", pa.list_(REF)),
            ("location", REF),
            ("contexts", pa.list_(pa.string())),
            ("confidence", pa.float64()),
            ("negated", pa.bool_()),
            ("modality", pa.string()),
            ("realised", pa.bool_()),
            ("source", pa.string()),
            ("sentence", pa.string()),
        ]
    ),
}


def clean(row: dict[str, Any], schema: pa.Schema) -> dict[str, Any]:
    """A row whose scalar fields have their column's type (a stray value in a record becomes null, not a failed
    export)."""
    for field in schema:
        value = row.get(field.name)
        if value is None:
            continue
        if pa.types.is_integer(field.type):
            if isinstance(value, bool) or not isinstance(value, int):
                row[field.name] = None
        elif pa.types.is_string(field.type) and not isinstance(value, str):
            row[field.name] = str(value)
    return row


def export_parquet(
    records: Iterable[dict[str, Any]], targets: dict[str, Path], include_unrealised: bool = False
) -> dict[str, int]:
    """Write each table of ``targets`` (table -> file) in one pass over ``records``; the rows written per table."""
    unknown = set(targets) - set(TABLE_NAMES)
    if unknown:
        raise ValueError(f"unknown table {sorted(unknown)[0]!r}")
    writers = {name: pq.ParquetWriter(str(path), SCHEMAS[name], compression="zstd") for name, path in targets.items()}
    buffers: dict[str, list[dict[str, Any]]] = {name: [] for name in targets}
    written = dict.fromkeys(targets, 0)

    def flush(name: str) -> None:
        if buffers[name]:
            writers[name].write_table(pa.Table.from_pylist(buffers[name], schema=SCHEMAS[name]))
            written[name] += len(buffers[name])
            buffers[name] = []

    try:
        for rec in records:
            for name in targets:
                buffers[name] += [clean(row, SCHEMAS[name]) for row in typed_rows(name, rec, include_unrealised)]
                if len(buffers[name]) >= ROW_GROUP:
                    flush(name)
        for name in targets:
            flush(name)
    finally:
        for writer in writers.values():
            writer.close()
    return written


__all__ = ["export_parquet", "SCHEMAS", "ROW_GROUP"]
