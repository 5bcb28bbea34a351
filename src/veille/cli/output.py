"""The command that hands the store to other tools: ``export`` (JSON Lines, a CSV table, Parquet tables); ``serve``
(the web UI and HTTP API) is in :mod:`.browse`, with the other commands that read the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import InvalidArgument
from .common import open_store, short, unrealised


def parquet_targets(args: argparse.Namespace) -> dict[str, Path]:
    """table -> file: ``-o FOLDER`` gets one TABLE.parquet per table; ``--table T -o FILE.parquet`` one file."""
    from ..store.export import TABLE_NAMES

    if not args.output:
        raise InvalidArgument("--format parquet writes files: give -o FOLDER (or --table TABLE -o FILE.parquet)")
    target = Path(args.output)
    if args.table and target.suffix == ".parquet":
        target.parent.mkdir(parents=True, exist_ok=True)
        return {args.table: target}
    target.mkdir(parents=True, exist_ok=True)
    return {name: target / f"{name}.parquet" for name in ([args.table] if args.table else TABLE_NAMES)}


def cmd_export(args: argparse.Namespace) -> int:
    from ..store.export import export_csv, export_jsonl

    if args.format == "csv" and not args.table:
        raise InvalidArgument("--format csv writes one table: choose it with --table articles|entities|quotes|events")
    if args.format == "parquet":
        from ..store.parquet import export_parquet

        targets = parquet_targets(args)
        with open_store(args) as store:
            written = export_parquet(store.iter_records(since=args.since), targets, unrealised(args))
        for name, count in written.items():
            print(f"{count} {name} rows exported to {short(str(targets[name]), 80)}", file=sys.stderr)
        return 0
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        with open_store(args) as store:
            records = store.iter_records(since=args.since)
            if args.format == "jsonl":
                count = export_jsonl(records, out)
            else:
                count = export_csv(args.table, records, out, unrealised(args))
    finally:
        if args.output:
            out.close()
    print(
        f"{count} {'records' if args.format == 'jsonl' else args.table + ' rows'} exported"
        f"{' to ' + args.output if args.output else ''}",
        file=sys.stderr,
    )
    return 0
