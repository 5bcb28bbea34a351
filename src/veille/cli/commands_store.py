"""The commands that read the store (``articles``, ``show``, ``summary``, ``entities``, ``entity``, ``quotes``,
``events``, ``dyad``, ``stories``) and hand it to other tools (``export``, ``serve``): declarations only, the work
is in :mod:`.browse` and :mod:`.output`. Each opens the store read-only: a missing ``--db`` is refused, never
created, and a store of an older schema is refused until ``veille migrate``."""

from __future__ import annotations

import argparse

import click

from ..plover import event_modes, event_types
from .app import IsoDate, Known, command, db_option, json_option, limit_option, unrealised_option

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC")


@command(
    "articles",
    "list articles, or full-text search them",
    ["veille articles --db news.db", 'veille articles "OTAN Japon" --db news.db --limit 5'],
)
@click.argument("query", required=False, metavar="[QUERY]")
@limit_option(20, "articles")
@json_option()
@db_option
def articles(args: argparse.Namespace) -> int:
    """List the stored articles, newest first; with QUERY, a full-text search (words, "a phrase", prefix*),
    best first, with a snippet."""
    from .browse import cmd_articles

    return cmd_articles(args)


@command(
    "show", "print one article (by id or id prefix)", ["veille show 3f9a2c --db news.db", "veille show 3f9a2c --json"]
)
@click.argument("id", metavar="ID")
@json_option("the full JSON record")
@db_option
def show(args: argparse.Namespace) -> int:
    """Print one stored article, by id or a unique id prefix of 6 characters or more: title, metadata, body,
    captions, entities, quotes and events."""
    from .browse import cmd_show

    return cmd_show(args)


@command("summary", "what the store holds", ["veille summary --db news.db", "veille summary --json"])
@json_option()
@unrealised_option
@db_option
def summary(args: argparse.Namespace) -> int:
    """What the store holds: articles by language and date range, the most cited entities, some quotes and the
    latest events."""
    from .browse import cmd_summary

    return cmd_summary(args)


@command("entities", "list entities in the store", ["veille entities --type person --db news.db --limit 10"])
@click.option(
    "--type",
    type=Known("entity type", ENTITY_TYPES),
    metavar="TYPE",
    help="only this type: PERSON, ORG, GPE or LOC (any case), e.g. --type person",
)
@limit_option(50, "entities")
@json_option()
@db_option
def entities(args: argparse.Namespace) -> int:
    """List the stored entities, most cited first, with the number of articles citing each."""
    from .browse import cmd_entities

    return cmd_entities(args)


@command("entity", "one entity by any of its names: names, roles with dates, articles", ["veille entity Rutte"])
@click.argument("name", metavar="NAME")
@json_option()
@db_option
def entity(args: argparse.Namespace) -> int:
    """One entity by any name it was seen under (or its code): its names, roles with dates, articles, and how its
    mentions were linked."""
    from .browse import cmd_entity

    return cmd_entity(args)


@command("quotes", "list quotes, optionally by speaker", ['veille quotes --speaker "Mark Rutte" --db news.db'])
@click.option("--speaker", metavar="NAME", help="speaker name (any known name of the entity), e.g. --speaker Rutte")
@limit_option(50, "quotes")
@json_option()
@db_option
def quotes(args: argparse.Namespace) -> int:
    """List the stored quotes, newest article first, optionally by one speaker."""
    from .browse import cmd_quotes

    return cmd_quotes(args)


@command(
    "events",
    "list PLOVER events with filters",
    [
        "veille events --actor JPN --recipient NATO --type accuse --since 2025-01-01 --db news.db",
        "veille events --place UKR --mode allege --include-unrealised",
    ],
)
@click.option("--actor", metavar="CODE", help="actor code (ISO-3 or organisation code), e.g. --actor RUS")
@click.option("--recipient", metavar="CODE", help="recipient code, e.g. --recipient NATO")
@click.option(
    "--type",
    type=Known("event type", event_types),
    metavar="TYPE",
    help="PLOVER event type (any case), e.g. --type accuse",
)
@click.option("--since", type=IsoDate(), help="first date, inclusive, e.g. --since 2025-01")
@click.option("--until", type=IsoDate(), help="last date, inclusive, e.g. --until 2025-03-31")
@click.option("--mode", type=Known("event mode", event_modes), metavar="MODE", help="PLOVER mode, e.g. --mode allege")
@click.option("--place", metavar="CODE", help="location code (ISO-3) or entity id, e.g. --place UKR")
@click.option("--language", metavar="CODE", help="article language (ISO 639-1), e.g. --language fr")
@limit_option(100, "events")
@click.option(
    "--offset", type=click.IntRange(0), default=0, metavar="N", help="events skipped (paging), e.g. --offset 100"
)
@json_option()
@unrealised_option
@db_option
def events(args: argparse.Namespace) -> int:
    """List the stored PLOVER events, newest first, filtered by actor, recipient, type, mode, dates, place and
    language; realised events only unless --include-unrealised."""
    from .browse import cmd_events

    return cmd_events(args)


@command("dyad", "events between two actors over time", ["veille dyad JPN NATO --db news.db"])
@click.argument("a", metavar="A")
@click.argument("b", metavar="B")
@json_option("one JSON object (default: indented JSON)")
@unrealised_option
@db_option
def dyad(args: argparse.Namespace) -> int:
    """Events between two actor codes, in either direction: counts by type and month, mean score, the events."""
    from .browse import cmd_dyad

    return cmd_dyad(args)


@command(
    "stories",
    "articles that tell the same story (near-copies; with --across, other outlets and languages)",
    ["veille stories --db news.db", "veille stories --across --since 2025-03-01 --db news.db"],
)
@click.option(
    "--across",
    is_flag=True,
    help="group across outlets and languages (shared events, actors, places, people, speakers within days)",
)
@click.option("--since", type=IsoDate(), help="with --across: first publication date read, e.g. --since 2025-03-01")
@click.option("--until", type=IsoDate(), help="with --across: last publication date read (default: the newest)")
@click.option(
    "--min-articles",
    type=click.IntRange(1),
    default=2,
    show_default=True,
    metavar="N",
    help="smallest story to list, e.g. --min-articles 3",
)
@limit_option(20, "stories")
@json_option()
@db_option
def stories(args: argparse.Namespace) -> int:
    """Stories: articles telling the same news (wire copies, updated versions), largest and newest first, with
    each article's similarity to the one it was matched with. With --across: the articles of other outlets and
    languages that report the same events (the last month of the store unless --since/--until), by language and
    outlet, their events once, and the evidence that linked them."""
    from .browse import cmd_stories

    return cmd_stories(args)


@command(
    "export",
    "export the store: JSON Lines records, a CSV table or Parquet tables",
    [
        "veille export --db news.db > all.jsonl",
        "veille export --format csv --table events --db news.db -o events.csv",
        "veille export --format parquet --db news.db -o export/   # one file per table",
    ],
)
@click.option(
    "--format",
    "format",
    type=Known("format", ("jsonl", "csv", "parquet")),
    default="jsonl",
    show_default=True,
    metavar="FORMAT",
    help="jsonl (the full records), csv (one table) or parquet (typed tables: lists stay lists)",
)
@click.option(
    "--table",
    type=Known("table", ("articles", "entities", "quotes", "events")),
    metavar="TABLE",
    help="the table to export: articles, entities, quotes or events (required with --format csv; with parquet, "
    "one table instead of all), e.g. --table events",
)
@click.option("--since", type=IsoDate(), help="only articles published on or after this date, e.g. --since 2025-01")
@click.option(
    "-o",
    "--output",
    metavar="PATH",
    help="write here instead of standard output (parquet: a folder, one TABLE.parquet each, or a file with --table)",
)
@unrealised_option
@db_option
def export(args: argparse.Namespace) -> int:
    """Export the store: every record as JSON Lines (the canonical stream), one table as CSV (with ids), or typed
    Parquet tables (actors and other lists stay lists, entities and speakers stay structs)."""
    from .output import cmd_export

    return cmd_export(args)


@command(
    "serve",
    "a read-only HTTP API and web UI over the store (OpenAPI at /docs)",
    [
        "veille serve --db news.db --port 8080",
        "veille serve --port 0 --cors https://example.org",
        "veille serve --db news.db --workers 2",
    ],
)
@click.option("--host", default="127.0.0.1", show_default=True, metavar="ADDRESS", help="address to listen on")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8080,
    show_default=True,
    metavar="PORT",
    help="port (0 picks a free one), e.g. --port 9000",
)
@click.option(
    "--cors",
    multiple=True,
    metavar="ORIGIN",
    help="allow this origin to call the API from a browser (repeat for several; default: none), e.g. "
    "--cors https://example.org",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    metavar="N",
    help="worker processes answering requests (one per core serves the most clients), e.g. --workers 2",
)
@db_option
def serve(args: argparse.Namespace) -> int:
    """Serve the store read-only: a web UI and an HTTP API, every page with a JSON twin (add .json)."""
    from .browse import cmd_serve

    return cmd_serve(args)


__all__ = [
    "articles",
    "show",
    "summary",
    "entities",
    "entity",
    "quotes",
    "events",
    "dyad",
    "stories",
    "export",
    "serve",
]
