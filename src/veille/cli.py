"""The ``veille`` command line. Only the CLI configures logging."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

from . import __version__
from .config import DEFAULT_DOC_TIMEOUT, DEFAULT_FETCH_TIMEOUT, DEFAULT_LANGUAGES, DEFAULT_MAX_BYTES, from_env
from .errors import ConfigError, VeilleError
from .record import side_codes, speaker_names

DEFAULT_DB = "veille.db"


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _settings(args):
    langs = tuple(x.strip() for x in args.languages.split(",")) if getattr(args, "languages", None) else None
    return from_env().with_(
        max_bytes=getattr(args, "max_size", None),
        doc_timeout=getattr(args, "timeout", None),
        languages=langs,
        analyze=False if getattr(args, "no_analyze", False) else None,
        fetch_timeout=getattr(args, "fetch_timeout", None),
        fetch_links=True if getattr(args, "fetch", False) else None,
    )


def _store(args):
    from .store import Store

    return Store(args.db)


def _short(text: str | None, width: int = 70) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


# --- commands --------------------------------------------------------------------------------------------
def cmd_ingest(args) -> int:
    from .pipeline import process
    from .store.linking import store_record

    settings = _settings(args)
    counts = {"new": 0, "duplicate": 0, "failed": 0}
    with _store(args) as store:
        for outcome in process(args.inputs, settings, jobs=args.jobs):
            if outcome.error is not None:
                counts["failed"] += 1
                print(f"failed     {outcome.error}", file=sys.stderr)
                continue
            try:
                result = store_record(outcome.article.to_dict(), store)
            except VeilleError as exc:
                counts["failed"] += 1
                print(f"failed     {outcome.source}: {exc}", file=sys.stderr)
                continue
            counts[result.status] += 1
            print(f"{result.status:<10} {result.id[:12]}  {outcome.source}  {_short(outcome.article.title, 60)}")
        print(f"\n{counts['new']} new, {counts['duplicate']} duplicate, {counts['failed']} failed -> {args.db}")
        if args.summary:
            print()
            _print_summary(store, args.db)
    return 1 if counts["failed"] else 0


def cmd_analyze(args) -> int:
    from .pipeline import process

    failed = 0
    for outcome in process(args.inputs, _settings(args), jobs=args.jobs):
        if outcome.error is not None:
            failed += 1
            print(f"failed: {outcome.error}", file=sys.stderr)
            continue
        art = outcome.article
        if args.json:
            print(_dump(art.to_dict()), flush=True)
        else:
            print(
                f"{art.source}\n  title:     {art.title}\n  authors:   {', '.join(art.authors) or '-'}\n"
                f"  published: {art.published or '-'}\n  language:  {art.language or 'undetermined'}\n"
                f"  body:      {len(art.paragraphs)} paragraphs, {len(art.body)} chars; "
                f"{len(art.captions)} captions; {len(art.boilerplate)} boilerplate lines removed\n"
                f"  found:     {len(art.entities)} entities, {len(art.quotes)} quotes, {len(art.events)} events"
            )
    return 1 if failed else 0


def _counts(mapping: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted((mapping or {}).items(), key=lambda kv: (-kv[1], kv[0])))


def _print_summary(store, db: str) -> None:
    """What the store holds, for a person: counts, the most cited entities, some quotes and events."""
    summary = store.summary()
    dates = summary.get("published") or {}
    print(
        f"{db}: {summary['articles']} articles ({_counts(summary.get('languages'))}), "
        f"published {dates.get('first') or '?'} to {dates.get('last') or '?'}"
    )
    entities = summary.get("entities") or {}
    print(f"entities: {sum(entities.values())} ({_counts(entities)})")
    for ent in store.list_entities(limit=8):
        print(
            f"  {ent.get('name')} [{ent.get('type')}{' ' + ent['code'] if ent.get('code') else ''}]"
            f" in {ent.get('articles', 0)} article(s)"
        )
    print(f"quotes: {summary.get('quotes', 0)}")
    for q in store.quotes(limit=5):
        names = speaker_names(q)
        print(f"  {names}: {_short(q.get('text'), 80)}")
    events = summary.get("events") or {}
    print(f"events: {sum(events.values())} ({_counts(events)})")
    for ev in store.events(limit=8):
        actors, recips = side_codes(ev.get("actors")), side_codes(ev.get("recipients"))
        print(
            f"  {ev.get('date') or '----------'} {ev.get('type')}{'/' + ev['mode'] if ev.get('mode') else ''} "
            f"{actors} -> {recips or '-'}"
        )


def cmd_summary(args) -> int:
    with _store(args) as store:
        if args.json:
            print(_dump(store.summary()))
        else:
            _print_summary(store, args.db)
    return 0


def cmd_articles(args) -> int:
    with _store(args) as store:
        rows = store.search(args.query, limit=args.limit) if args.query else store.list_articles(limit=args.limit)

    def text(row: dict) -> str:
        line = (
            f"{row['id'][:12]}  {row.get('published') or '----------':<10}  {row.get('language') or '--':<2}  "
            f"{_short(row.get('title'), 70)}"
        )
        return line + (f"\n              {_short(row['snippet'], 100)}" if row.get("snippet") else "")

    _print_rows(rows, args.json, text)
    if not rows and not args.json:
        print("no article found", file=sys.stderr)
    return 0


def cmd_show(args) -> int:
    with _store(args) as store:
        record = store.get(args.id)
    if record is None:
        print(f"veille show: no article with id {args.id!r} in {args.db}", file=sys.stderr)
        return 1
    if args.json:
        print(_dump(record))
        return 0
    print(f"{record.get('title')}\n{'=' * min(len(record.get('title') or ''), 100)}")
    print(
        f"id: {record['id']}\nsource: {record.get('source')}\nauthors: {', '.join(record.get('authors') or [])}\n"
        f"published: {record.get('published')}\nlanguage: {record.get('language')}\n"
    )
    print(record.get("body", ""))
    for caption in record.get("captions") or []:
        print(f"\n[caption] {caption}")
    for ent in record.get("entities") or []:
        print(f"[entity] {ent.get('type')} {ent.get('name')} {ent.get('code') or ''}")
    for q in record.get("quotes") or []:
        names = speaker_names(q)
        print(f"[quote] {names}: {_short(q.get('text'), 90)}")
    for ev in record.get("events") or []:
        actors, recips = side_codes(ev.get("actors")), side_codes(ev.get("recipients"))
        print(
            f"[event] {ev.get('type')}{'/' + ev['mode'] if ev.get('mode') else ''} {actors} -> {recips} "
            f"{ev.get('date') or ''}"
        )
    return 0


def cmd_eval(args) -> int:
    from .evaluation import evaluate, format_table

    settings = _settings(args)

    def analyze(path: Path) -> dict:
        from .pipeline import process

        outcome = next(iter(process([str(path)], settings)))
        if outcome.error is not None:
            raise outcome.error
        return outcome.article.to_dict()

    report = evaluate(Path(args.gold_dir), analyze)
    data = report.to_dict()
    if args.json:
        print(_dump(data if args.details else {k: v for k, v in data.items() if k != "per_file"}))
    else:
        print(format_table(report))
    status = 0
    if args.baseline:
        from .evaluation import gate

        corpus = args.corpus or Path(args.gold_dir).name
        if args.update_baseline:
            gate.update(data, Path(args.baseline), corpus, reason=args.reason or "", allow_lower=args.allow_lower)
            print(f"baseline {args.baseline} updated for corpus {corpus!r}", file=sys.stderr)
        else:
            regressions = gate.check(data, Path(args.baseline), corpus)
            for reg in regressions:
                print(f"REGRESSION {corpus}: {reg.key} = {reg.value} < floor {reg.floor}", file=sys.stderr)
            if regressions:
                status = 1
            else:
                print(f"quality gate passed for corpus {corpus!r}", file=sys.stderr)
    return status


def cmd_entities(args) -> int:
    with _store(args) as store:
        rows = store.list_entities(type=args.type, limit=args.limit)
    for row in rows:
        print(
            _dump(row)
            if args.json
            else f"{row['id']:<32} {row.get('type') or '':<6} {row.get('code') or '':<6} {row.get('name')}  "
            f"({row.get('articles', 0)} articles)"
        )
    return 0


#: at most this many articles are read to explain an entity's merges in `veille entity`
EXPLAIN_MAX_ARTICLES = 50


def _merges(store, entity_id: str, article_ids: list[str]) -> list[dict]:
    """How each article's mention came to be this entity (the ``link`` kept in the stored record)."""
    merges = []
    for article_id in article_ids[:EXPLAIN_MAX_ARTICLES]:
        record = store.get(article_id) or {}
        for ent in record.get("entities") or []:
            if ent.get("id") == entity_id and ent.get("link"):
                merges.append({"article_id": article_id, **ent["link"]})
    return merges


def cmd_entity(args) -> int:
    with _store(args) as store:
        found = store.find_entities(args.name)
        details = [store.entity(e["id"]) for e in found]
        for ent in details:
            ent["merges"] = _merges(store, ent["id"], ent.get("article_ids") or [])
    if not details:
        print(f"veille entity: no entity named {args.name!r} in {args.db}", file=sys.stderr)
        return 1
    for ent in details:
        if args.json:
            print(_dump(ent))
            continue
        print(
            f"{ent.get('name')}  [{ent.get('type')}]  id={ent['id']}  code={ent.get('code') or '-'}  "
            f"wikidata={ent.get('wikidata') or '-'}"
        )
        print(f"  names:    {', '.join(ent.get('names') or [])}")
        for role in ent.get("roles") or []:
            print(f"  role:     {role.get('role')} ({role.get('text')}) seen {role.get('date') or '?'}")
        print(f"  articles: {', '.join(a[:12] for a in ent.get('article_ids') or [])}")
        for merge in ent["merges"]:
            print(
                f"  merged:   in {merge['article_id'][:12]}, {merge.get('name')!r} was linked by {merge.get('by')} "
                f"({merge.get('candidates')} candidate)"
            )
    return 0


def _print_rows(rows: list[dict], as_json: bool, text) -> None:
    """One JSON line per row, or the row as ``text(row)`` renders it."""
    for row in rows:
        print(_dump(row) if as_json else text(row))


def cmd_quotes(args) -> int:
    with _store(args) as store:
        rows = store.quotes(speaker=args.speaker, limit=args.limit)
    _print_rows(
        rows,
        args.json,
        lambda row: f"{row.get('article_id', '')[:12]}  {speaker_names(row)}: {_short(row.get('text'), 90)}",
    )
    return 0


def cmd_events(args) -> int:
    with _store(args) as store:
        rows = store.events(
            actor=args.actor,
            recipient=args.recipient,
            type=args.type,
            since=args.since,
            until=args.until,
            limit=args.limit,
        )

    def text(row: dict) -> str:
        actors, recips = side_codes(row.get("actors")), side_codes(row.get("recipients"))
        return (
            f"{row.get('date') or '----------'}  {row.get('type'):<10} {actors:>12} -> {recips:<12} "
            f"{_short((row.get('sentence') or {}).get('text'), 60)}"
        )

    _print_rows(rows, args.json, text)
    return 0


def cmd_stories(args) -> int:
    with _store(args) as store:
        rows = store.stories(limit=args.limit, min_articles=args.min_articles)

    def text(story: dict) -> str:
        lines = [
            f"story {story['id']}: {_short(story.get('title'), 70)} ({len(story['articles'])} articles, "
            f"first {story.get('first_published') or '?'})"
        ]
        lines += [
            f"  {art['id'][:12]}  {art.get('published') or '----------'}  {art.get('language') or '--'}  "
            f"similarity {art.get('similarity'):.2f}  {_short(art.get('title'), 50)}"
            for art in story["articles"]
        ]
        return "\n".join(lines)

    _print_rows(rows, args.json, text)
    if not rows and not args.json:
        print(f"no story told by {args.min_articles} or more articles", file=sys.stderr)
    return 0


def cmd_dyad(args) -> int:
    with _store(args) as store:
        data = store.dyad(args.a, args.b)
    print(_dump(data) if args.json else json.dumps(data, ensure_ascii=False, indent=2))
    return 0


def cmd_export(args) -> int:
    from .store.export import TABLES, export_csv, export_jsonl

    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        with _store(args) as store:
            records = store.iter_records(since=args.since)
            if args.format == "jsonl":
                count = export_jsonl(records, out)
            else:
                if args.table not in TABLES:
                    raise ConfigError(f"unknown table {args.table!r}; choose among {', '.join(TABLES)}")
                count = export_csv(args.table, records, out)
    finally:
        if args.output:
            out.close()
    print(
        f"{count} {'records' if args.format == 'jsonl' else args.table + ' rows'} exported"
        f"{' to ' + args.output if args.output else ''}",
        file=sys.stderr,
    )
    return 0


def cmd_serve(args) -> int:
    from .web.server import make_server

    server = make_server(args.db, args.host, args.port)
    host, port = server.server_address[:2]
    print(
        f"serving {args.db} on http://{host}:{port}/ (every page has a JSON twin: add .json); Ctrl-C stops",
        file=sys.stderr,
    )
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0


# --- parser -----------------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="veille",
        description="News intelligence: clean articles, entities, "
        "quotes and PLOVER events from raw news pages, stored in SQLite.",
    )
    parser.add_argument("--version", action="version", version=f"veille {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def db(p):
        p.add_argument(
            "--db",
            default=os.environ.get("VEILLE_DB", DEFAULT_DB),
            help=f"SQLite store (default: $VEILLE_DB or {DEFAULT_DB})",
        )

    def limits(p):
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
            help=f"time limit per document (default {DEFAULT_DOC_TIMEOUT:g})",
        )
        p.add_argument(
            "--languages",
            metavar="CODES",
            help=f"languages to detect among, comma-separated (default {','.join(DEFAULT_LANGUAGES)})",
        )
        p.add_argument("--no-analyze", action="store_true", help="extract only: no entities, quotes or events")
        p.add_argument(
            "--fetch", action="store_true", help="fetch the page of a feed item that carries no article text"
        )
        p.add_argument(
            "--fetch-timeout",
            type=float,
            metavar="SECONDS",
            help=f"time limit for fetching a URL (default {DEFAULT_FETCH_TIMEOUT:g})",
        )

    p = sub.add_parser("ingest", help="analyse inputs and store them (idempotent)")
    p.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files, directories (recursive), http(s) URLs, or - for stdin"
    )
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--summary", action="store_true", help="print a summary of the store at the end")
    db(p), limits(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("analyze", help="analyse inputs without a store")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--json", action="store_true", help="one JSON record per line, in input order")
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    limits(p)
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("articles", help="list articles, or full-text search them")
    p.add_argument("query", nargs="?", help='full-text query (words, "a phrase", prefix*)')
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    db(p)
    p.set_defaults(func=cmd_articles)

    p = sub.add_parser("show", help="print one article (by id or id prefix)")
    p.add_argument("id")
    p.add_argument("--json", action="store_true", help="the full JSON record")
    db(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("summary", help="what the store holds")
    p.add_argument("--json", action="store_true")
    db(p)
    p.set_defaults(func=cmd_summary)

    p = sub.add_parser("eval", help="score the pipeline against gold annotation files")
    p.add_argument("gold_dir", metavar="GOLD_DIR")
    p.add_argument("--json", action="store_true", help="scores as JSON")
    p.add_argument("--details", action="store_true", help="with --json: include per-file details")
    p.add_argument("--baseline", metavar="FILE", help="quality gate: fail when a score falls below this baseline")
    p.add_argument("--corpus", help="name of the corpus in the baseline (default: GOLD_DIR's name)")
    p.add_argument("--update-baseline", action="store_true", help="write the current scores as the new floors")
    p.add_argument("--allow-lower", action="store_true", help="with --update-baseline: allow lowering a floor")
    p.add_argument("--reason", help="with --update-baseline: why (required to lower a floor)")
    limits(p)
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("entities", help="list entities in the store")
    p.add_argument("--type", choices=["PERSON", "ORG", "GPE", "LOC"])
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    db(p)
    p.set_defaults(func=cmd_entities)

    p = sub.add_parser("entity", help="one entity by any of its names: names, roles with dates, articles")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    db(p)
    p.set_defaults(func=cmd_entity)

    p = sub.add_parser("quotes", help="list quotes, optionally by speaker")
    p.add_argument("--speaker", help="speaker name (any known name of the entity)")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    db(p)
    p.set_defaults(func=cmd_quotes)

    p = sub.add_parser("events", help="list PLOVER events with filters")
    p.add_argument("--actor", help="actor code (ISO-3 or organisation code)")
    p.add_argument("--recipient", help="recipient code")
    p.add_argument("--type", help="PLOVER event type, e.g. ACCUSE")
    p.add_argument("--since", help="ISO date, inclusive")
    p.add_argument("--until", help="ISO date, inclusive")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--json", action="store_true")
    db(p)
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("dyad", help="events between two actors over time")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("--json", action="store_true")
    db(p)
    p.set_defaults(func=cmd_dyad)

    p = sub.add_parser("stories", help="articles that tell the same story (near-copies, updated versions)")
    p.add_argument("--min-articles", type=int, default=2, help="smallest story to list (default 2)")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    db(p)
    p.set_defaults(func=cmd_stories)

    p = sub.add_parser("export", help="export the store: JSON Lines records, or a CSV table")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("--table", default="events", help="with --format csv: articles, entities, quotes or events")
    p.add_argument("--since", help="only articles published on or after this ISO date")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    db(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("serve", help="a read-only HTTP API and web UI over the store")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8080, help="port (default 8080; 0 picks a free one)")
    db(p)
    p.set_defaults(func=cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=[logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)],
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return args.func(args)
    except VeilleError as exc:
        print(f"veille {args.command}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `veille articles | head`
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
