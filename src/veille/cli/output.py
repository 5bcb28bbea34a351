"""The command that hands the store to other tools: ``export`` (JSON Lines or CSV); ``serve`` (the web UI and
HTTP API) is in :mod:`.browse`, with the other commands that read the store."""

from __future__ import annotations

import argparse
import sys

from ..errors import ConfigError
from .common import open_store, unrealised


def cmd_export(args: argparse.Namespace) -> int:
    from ..store.export import TABLES, export_csv, export_jsonl

    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        with open_store(args) as store:
            records = store.iter_records(since=args.since)
            if args.format == "jsonl":
                count = export_jsonl(records, out)
            else:
                if args.table not in TABLES:
                    raise ConfigError(f"unknown table {args.table!r}; choose among {', '.join(TABLES)}")
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
