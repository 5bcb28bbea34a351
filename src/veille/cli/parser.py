"""The argument parser of the ``veille`` command: one subcommand per command function."""

from __future__ import annotations

import argparse
import os

from ..config import (
    DEFAULT_DOC_TIMEOUT,
    DEFAULT_FETCH_TIMEOUT,
    DEFAULT_LANGUAGES,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_MEMORY,
)
from ..version import __version__
from .browse import (
    cmd_articles,
    cmd_dyad,
    cmd_entities,
    cmd_entity,
    cmd_events,
    cmd_quotes,
    cmd_serve,
    cmd_show,
    cmd_stories,
    cmd_summary,
)
from .common import DEFAULT_DB
from .output import cmd_export
from .run import cmd_analyze, cmd_eval, cmd_ingest

#: the subcommands of a parser
Subcommands = argparse._SubParsersAction  # the type argparse gives them (it has no public name)


def add_db(p: argparse.ArgumentParser) -> None:
    """``--db``: the store a command reads or writes."""
    p.add_argument(
        "--db",
        default=os.environ.get("VEILLE_DB", DEFAULT_DB),
        help=f"SQLite store (default: $VEILLE_DB or {DEFAULT_DB})",
    )


def add_unrealised(p: argparse.ArgumentParser) -> None:
    """``--include-unrealised``: also count and list events that did not happen."""
    p.add_argument(
        "--include-unrealised",
        action="store_true",
        help="also count events that did not happen (negated, future, intended, hypothetical, alleged); "
        "by default counts, dyads and scores read realised events only",
    )


def add_limits(p: argparse.ArgumentParser) -> None:
    """The options of the commands that run the pipeline: limits, languages, fetching."""
    p.add_argument(
        "--max-size",
        type=int,
        metavar="BYTES",
        help=f"refuse inputs larger than this (default {DEFAULT_MAX_BYTES})",
    )
    p.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help=f"time limit per document (default {DEFAULT_DOC_TIMEOUT:g}); given, it is a hard limit: documents are "
        "analysed in worker processes, killed past it",
    )
    p.add_argument(
        "--max-memory",
        type=int,
        metavar="MB",
        help=f"memory limit of a worker process in MB (default {DEFAULT_MAX_MEMORY // 2**20}); with --timeout or "
        "-j above 1",
    )
    p.add_argument(
        "--languages",
        metavar="CODES",
        help=f"languages to detect among, comma-separated (default {','.join(DEFAULT_LANGUAGES)})",
    )
    p.add_argument("--no-analyze", action="store_true", help="extract only: no entities, quotes or events")
    p.add_argument("--fetch", action="store_true", help="fetch the page of a feed item that carries no article text")
    p.add_argument(
        "--allow-private",
        action="store_true",
        help="fetch loopback and private addresses too (refused by default: a feed could point at internal services)",
    )
    p.add_argument("--ignore-robots", action="store_true", help="fetch what robots.txt disallows (honoured by default)")
    p.add_argument("--contact", metavar="EMAIL_OR_URL", help="a contact added to the User-Agent of fetches")
    p.add_argument(
        "--fetch-timeout",
        type=float,
        metavar="SECONDS",
        help=f"time limit for fetching a URL (default {DEFAULT_FETCH_TIMEOUT:g})",
    )


def add_analysis_commands(sub: Subcommands) -> None:
    """The commands that analyse inputs: ``ingest`` and ``analyze``."""
    p = sub.add_parser("ingest", help="analyse inputs and store them (idempotent)")
    p.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files, directories (recursive), http(s) URLs, or - for stdin"
    )
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--summary", action="store_true", help="print a summary of the store at the end")
    add_db(p)
    add_limits(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("analyze", help="analyse inputs without a store")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--json", action="store_true", help="one JSON record per line, in input order")
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    add_limits(p)
    p.set_defaults(func=cmd_analyze)


def add_article_commands(sub: Subcommands) -> None:
    """The commands on stored articles: ``articles``, ``show`` and ``summary``."""
    p = sub.add_parser("articles", help="list articles, or full-text search them")
    p.add_argument("query", nargs="?", help='full-text query (words, "a phrase", prefix*)')
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    add_db(p)
    p.set_defaults(func=cmd_articles)

    p = sub.add_parser("show", help="print one article (by id or id prefix)")
    p.add_argument("id")
    p.add_argument("--json", action="store_true", help="the full JSON record")
    add_db(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("summary", help="what the store holds")
    p.add_argument("--json", action="store_true")
    add_unrealised(p)
    add_db(p)
    p.set_defaults(func=cmd_summary)


def add_eval_command(sub: Subcommands) -> None:
    """``eval``: scores against gold files, and the quality gate."""
    p = sub.add_parser("eval", help="score the pipeline against gold annotation files")
    p.add_argument("gold_dir", metavar="GOLD_DIR")
    p.add_argument("--json", action="store_true", help="scores as JSON")
    p.add_argument(
        "--texts",
        metavar="DIR",
        default="corpus/real/raw",
        help="real-news gold (../shared/real/gold): the folder of the retrieved texts, <id>.txt "
        "(default corpus/real/raw)",
    )
    p.add_argument(
        "--details", action="store_true", help="with --json: include per-file details (never for blind texts)"
    )
    p.add_argument("--baseline", metavar="FILE", help="quality gate: fail when a score falls below this baseline")
    p.add_argument(
        "--corpus",
        help="name of the corpus in the baseline (default: GOLD_DIR's name; real-news gold: 'real', scored as "
        "'real-dev' and 'real-blind')",
    )
    p.add_argument("--update-baseline", action="store_true", help="write the current scores as the new floors")
    p.add_argument("--allow-lower", action="store_true", help="with --update-baseline: allow lowering a floor")
    p.add_argument("--reason", help="with --update-baseline: why (required to lower a floor)")
    add_limits(p)
    p.set_defaults(func=cmd_eval)


def add_knowledge_commands(sub: Subcommands) -> None:
    """The commands on what was found: ``entities``, ``entity``, ``quotes``, ``events``, ``dyad``, ``stories``."""
    p = sub.add_parser("entities", help="list entities in the store")
    p.add_argument("--type", choices=["PERSON", "ORG", "GPE", "LOC"])
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    add_db(p)
    p.set_defaults(func=cmd_entities)

    p = sub.add_parser("entity", help="one entity by any of its names: names, roles with dates, articles")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    add_db(p)
    p.set_defaults(func=cmd_entity)

    p = sub.add_parser("quotes", help="list quotes, optionally by speaker")
    p.add_argument("--speaker", help="speaker name (any known name of the entity)")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    add_db(p)
    p.set_defaults(func=cmd_quotes)

    p = sub.add_parser("events", help="list PLOVER events with filters")
    p.add_argument("--actor", help="actor code (ISO-3 or organisation code)")
    p.add_argument("--recipient", help="recipient code")
    p.add_argument("--type", help="PLOVER event type, e.g. ACCUSE")
    p.add_argument("--since", help="ISO date, inclusive")
    p.add_argument("--until", help="ISO date, inclusive")
    p.add_argument("--mode", help="PLOVER mode, e.g. allege")
    p.add_argument("--place", help="location code (ISO-3) or entity id")
    p.add_argument("--language", help="article language (ISO 639-1)")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--offset", type=int, default=0, help="events skipped (paging)")
    p.add_argument("--json", action="store_true")
    add_unrealised(p)
    add_db(p)
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("dyad", help="events between two actors over time")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("--json", action="store_true")
    add_unrealised(p)
    add_db(p)
    p.set_defaults(func=cmd_dyad)

    p = sub.add_parser("stories", help="articles that tell the same story (near-copies, updated versions)")
    p.add_argument("--min-articles", type=int, default=2, help="smallest story to list (default 2)")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    add_db(p)
    p.set_defaults(func=cmd_stories)


def add_output_commands(sub: Subcommands) -> None:
    """The commands that hand the store to other tools: ``export`` and ``serve``."""
    p = sub.add_parser("export", help="export the store: JSON Lines records, or a CSV table")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("--table", default="events", help="with --format csv: articles, entities, quotes or events")
    p.add_argument("--since", help="only articles published on or after this ISO date")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    add_unrealised(p)
    add_db(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("serve", help="a read-only HTTP API and web UI over the store (OpenAPI at /docs)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8080, help="port (default 8080; 0 picks a free one)")
    p.add_argument(
        "--cors",
        metavar="ORIGIN",
        action="append",
        help="allow this origin to call the API from a browser (repeat for several; default: none)",
    )
    add_db(p)
    p.set_defaults(func=cmd_serve)


def build_parser() -> argparse.ArgumentParser:
    """The parser of the ``veille`` command line; each subcommand sets ``func``, the command to run."""
    parser = argparse.ArgumentParser(
        prog="veille",
        description="News intelligence: clean articles, entities, "
        "quotes and PLOVER events from raw news pages, stored in SQLite.",
    )
    parser.add_argument("--version", action="version", version=f"veille {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    add_analysis_commands(sub)
    add_article_commands(sub)
    add_eval_command(sub)
    add_knowledge_commands(sub)
    add_output_commands(sub)
    return parser
