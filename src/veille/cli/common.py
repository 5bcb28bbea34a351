"""What the commands share: the default store, settings from the command line, output helpers."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..config import Settings, from_env

if TYPE_CHECKING:
    from ..store import Store

DEFAULT_DB = "veille.db"
#: the commands that write the store (every other opens it read-only)
WRITERS = ("ingest", "watch", "load")


def dump(obj: Any) -> str:
    """One JSON line (non-ASCII kept)."""
    return json.dumps(obj, ensure_ascii=False)


def settings_of(args: argparse.Namespace) -> Settings:
    """The settings of the environment, overridden by the limits given on the command line."""
    langs = tuple(x.strip() for x in args.languages.split(",")) if getattr(args, "languages", None) else None
    return from_env().with_(
        max_bytes=getattr(args, "max_size", None),
        doc_timeout=getattr(args, "timeout", None),
        languages=langs,
        analyze=False if getattr(args, "no_analyze", False) else None,
        fetch_timeout=getattr(args, "fetch_timeout", None),
        fetch_links=True if getattr(args, "fetch", False) else None,
        hard_limits=True if getattr(args, "timeout", None) is not None else None,
        allow_private=True if getattr(args, "allow_private", False) else None,
        respect_robots=False if getattr(args, "ignore_robots", False) else None,
        contact=getattr(args, "contact", None),
        max_memory=args.max_memory * 2**20 if getattr(args, "max_memory", None) else None,
    )


def open_store(args: argparse.Namespace) -> Store:
    """The store named by ``--db``: created or migrated by the commands that write (``ingest``), opened read-only
    by every other (StoreError, naming the file, when it is missing or no Veille store: a mistyped ``--db``
    never becomes a new empty store)."""
    from ..store import Store

    return Store(args.db, readonly=args.command not in WRITERS)


def unrealised(args: argparse.Namespace) -> bool:
    """Whether ``--include-unrealised`` was given: count events that did not happen (negated, future...) too."""
    return bool(getattr(args, "include_unrealised", False))


def short(text: str | None, width: int = 70) -> str:
    """``text`` on one line, cut to ``width`` characters."""
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def counts(mapping: dict[Any, int] | None, none: str = "undetermined") -> str:
    """'a 3, b 1': counts, largest first (a None key, such as the language of an article whose language could not
    be determined, is named ``none``)."""
    named = [(none if k is None else str(k), v) for k, v in (mapping or {}).items()]
    return ", ".join(f"{k} {v}" for k, v in sorted(named, key=lambda kv: (-kv[1], kv[0])))


def print_rows(rows: list[dict[str, Any]], as_json: bool, text: Callable[[dict[str, Any]], str]) -> None:
    """One JSON line per row, or the row as ``text(row)`` renders it."""
    for row in rows:
        print(dump(row) if as_json else text(row))
