"""The commands that read the store: ``summary``, ``articles``, ``show``, ``entities``, ``entity``, ``quotes``,
``events``, ``stories``, ``dyad`` and ``serve``. Each opens the store read-only (a missing or mistyped ``--db`` is
refused) and counts realised events only unless ``--include-unrealised``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..errors import ConfigError
from ..record import side_codes, speaker_names
from ..store import EventFilter, Store
from ..store.actors import merges
from ..store.filters import status_of
from .common import counts, dump, open_store, print_rows, short, unrealised
from .console import table


def status_mark(event: dict[str, Any]) -> str:
    """' (negated)', ' (future)'... for an event that did not happen; '' for a realised one."""
    status = status_of(event.get("negated"), event.get("modality"))
    return "" if status == "realised" else f" ({status})"


def print_summary(store: Store, db: str, include_unrealised: bool = False) -> None:
    """What the store holds, for a person: counts, the most cited entities, some quotes and events (realised
    ones unless ``include_unrealised``)."""
    summary = store.summary(include_unrealised)
    dates = summary.get("published") or {}
    print(
        f"{db}: {summary['articles']} articles ({counts(summary.get('languages'))}), "
        f"published {dates.get('first') or '?'} to {dates.get('last') or '?'}"
    )
    entities = summary.get("entities") or {}
    print(f"entities: {sum(entities.values())} ({counts(entities)})")
    for ent in store.list_entities(limit=8):
        print(
            f"  {ent.get('name')} [{ent.get('type')}{' ' + ent['code'] if ent.get('code') else ''}]"
            f" in {ent.get('articles', 0)} article(s)"
        )
    print(f"quotes: {summary.get('quotes', 0)}")
    for q in store.quotes(limit=5):
        names = speaker_names(q)
        print(f"  {names}: {short(q.get('text'), 80)}")
    events = summary.get("events") or {}
    left_out = summary.get("unrealised_events") or 0
    print(
        f"events: {sum(events.values())} {'' if include_unrealised else 'realised '}({counts(events)})"
        + (f"; {left_out} that did not happen not counted (--include-unrealised)" if left_out else "")
    )
    for ev in store.events(limit=8, include_unrealised=include_unrealised):
        actors, recips = side_codes(ev.get("actors")), side_codes(ev.get("recipients"))
        print(
            f"  {ev.get('date') or '----------'} {ev.get('type')}{'/' + ev['mode'] if ev.get('mode') else ''} "
            f"{actors} -> {recips or '-'}{status_mark(ev)}"
        )


def cmd_summary(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.json:
            print(dump(store.summary(unrealised(args))))
        else:
            print_summary(store, args.db, unrealised(args))
    return 0


def cmd_articles(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = store.search(args.query, limit=args.limit) if args.query else store.list_articles(limit=args.limit)

    def text(row: dict[str, Any]) -> str:
        line = (
            f"{row['id'][:12]}  {row.get('published') or '----------':<10}  {row.get('language') or '--':<2}  "
            f"{short(row.get('title'), 70)}"
        )
        return line + (f"\n              {short(row['snippet'], 100)}" if row.get("snippet") else "")

    if args.json:
        print_rows(rows, True, text)
    else:
        view = [{**r, "id": r["id"][:12], "title": short(r.get("title"), 90)} for r in rows]
        cols = [("id", "id"), ("published", "published"), ("language", "lang"), ("title", "title")]
        table(view, cols + ([("snippet", "snippet")] if args.query else []), lambda v: text(rows[view.index(v)]))
    if not rows and not args.json:
        print("no article found", file=sys.stderr)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        record = store.get(args.id)
    if record is None:
        print(f"veille show: no article with id {args.id!r} in {args.db}", file=sys.stderr)
        return 1
    if args.json:
        print(dump(record))
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
        print(f"[quote] {names}: {short(q.get('text'), 90)}")
    for ev in record.get("events") or []:
        actors, recips = side_codes(ev.get("actors")), side_codes(ev.get("recipients"))
        print(
            f"[event] {ev.get('type')}{'/' + ev['mode'] if ev.get('mode') else ''} {actors} -> {recips} "
            f"{ev.get('date') or ''}{status_mark(ev)}"
        )
    return 0


def cmd_entities(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = store.list_entities(type=args.type, limit=args.limit)
    if args.json:
        print_rows(rows, True, str)
        return 0
    table(
        rows,
        [("id", "id"), ("type", "type"), ("code", "code"), ("name", "name"), ("articles", "articles")],
        lambda row: (
            f"{row['id']:<32} {row.get('type') or '':<6} {row.get('code') or '':<6} {row.get('name')}  "
            f"({row.get('articles', 0)} articles)"
        ),
    )
    return 0


def cmd_entity(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = store.find_entities(args.name)
        details = [ent for e in found if (ent := store.entity(e["id"])) is not None]
        for ent in details:
            ent["merges"] = merges(store.conn, ent["id"], ent.get("article_ids") or [])
    if not details:
        print(f"veille entity: no entity named {args.name!r} in {args.db}", file=sys.stderr)
        return 1
    for ent in details:
        if args.json:
            print(dump(ent))
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


def cmd_quotes(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = store.quotes(speaker=args.speaker, limit=args.limit)
    if args.json:
        print_rows(rows, True, str)
        return 0
    view = [
        {"article": r.get("article_id", "")[:12], "speaker": speaker_names(r), "text": short(r.get("text"), 200)}
        for r in rows
    ]
    table(
        view,
        [("article", "article"), ("speaker", "speaker"), ("text", "quote")],
        lambda v: f"{v['article']}  {v['speaker']}: {short(v['text'], 90)}",
    )
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        filt = EventFilter(
            actor=args.actor,
            recipient=args.recipient,
            type=args.type,
            mode=args.mode,
            since=args.since,
            until=args.until,
            place=args.place,
            language=args.language,
            include_unrealised=unrealised(args),
        )
        rows = store.find_events(filt, limit=args.limit, offset=args.offset)

    def text(row: dict[str, Any]) -> str:
        actors, recips = side_codes(row.get("actors")), side_codes(row.get("recipients"))
        return (
            f"{row.get('date') or '----------'}  {row.get('type'):<10} {actors:>12} -> {recips:<12} "
            f"{short((row.get('sentence') or {}).get('text'), 60)}{status_mark(row)}"
        )

    if args.json:
        print_rows(rows, True, text)
        return 0
    view = [
        {
            "date": r.get("date") or "----------",
            "type": f"{r.get('type')}{'/' + r['mode'] if r.get('mode') else ''}",
            "actors": side_codes(r.get("actors")),
            "recipients": side_codes(r.get("recipients")),
            "status": status_mark(r).strip(" ()") or "realised",
            "sentence": short((r.get("sentence") or {}).get("text"), 100),
            "i": i,
        }
        for i, r in enumerate(rows)
    ]
    cols = [("date", "date"), ("type", "type"), ("actors", "actors"), ("recipients", "recipients")]
    table(view, [*cols, ("status", "status"), ("sentence", "sentence")], lambda v: text(rows[v["i"]]))
    return 0


def cmd_stories(args: argparse.Namespace) -> int:
    if getattr(args, "across", False):
        return cmd_related(args)
    with open_store(args) as store:
        rows = store.stories(limit=args.limit, min_articles=args.min_articles)

    def text(story: dict[str, Any]) -> str:
        lines = [
            f"story {story['id']}: {short(story.get('title'), 70)} ({len(story['articles'])} articles, "
            f"first {story.get('first_published') or '?'})"
        ]
        lines += [
            f"  {art['id'][:12]}  {art.get('published') or '----------'}  {art.get('language') or '--'}  "
            f"similarity {art.get('similarity'):.2f}  {short(art.get('title'), 50)}"
            for art in story["articles"]
        ]
        return "\n".join(lines)

    print_rows(rows, args.json, text)
    if not rows and not args.json:
        print(f"no story told by {args.min_articles} or more articles", file=sys.stderr)
    return 0


def cmd_related(args: argparse.Namespace) -> int:
    since, until = getattr(args, "since", None), getattr(args, "until", None)
    with open_store(args) as store:
        rows = store.related(since=since, until=until, limit=args.limit, min_articles=args.min_articles)

    def text(story: dict[str, Any]) -> str:
        lines = [
            f"story {story['id'][:12]}: {short(story.get('title'), 70)} ({len(story['articles'])} articles, "
            f"{', '.join(story['languages'])}, {story.get('first_published') or '?'} to "
            f"{story.get('last_published') or '?'})"
        ]
        arts = {a["id"]: a for a in story["articles"]}
        for lang, ids in story["by_language"].items():
            lines.append(f"  {lang}:")
            lines += [
                f"    {i[:12]}  {arts[i].get('published') or '----------'}  {arts[i]['outlet']}  "
                f"{short(arts[i].get('title'), 50)}"
                for i in ids
            ]
        for event in story["events"]:
            lines.append(
                f"  event {event.get('date') or '?'}  {event['type']}  {'+'.join(event['actors']) or '-'} -> "
                f"{'+'.join(event['recipients']) or '-'}  ({len(event['articles'])} articles)"
            )
        lines += [
            f"  linked {m['a'][:12]} {m['b'][:12]}  score {m['score']:.2f}: {', '.join(m['evidence'])}"
            for m in story["links"]
        ]
        return "\n".join(lines)

    print_rows(rows, args.json, text)
    if not rows and not args.json:
        print(f"no story told by {args.min_articles} or more articles across outlets", file=sys.stderr)
    return 0


def cmd_dyad(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        data = store.dyad(args.a, args.b, include_unrealised=unrealised(args))
    print(dump(data) if args.json else json.dumps(data, ensure_ascii=False, indent=2))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from ..web.server import make_server

    try:
        server = make_server(args.db, args.host, args.port, cors=list(args.cors) or None, workers=args.workers)
    except OSError as exc:  # the port is taken, the address is not this machine's
        raise ConfigError(
            f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc} (--port 0 picks a free port)",
            source=args.db,
        ) from exc
    host, port = str(server.server_address[0]), server.server_address[1]
    print(
        f"serving {args.db} (read-only) on http://{host}:{port}/ (every page has a JSON twin: add .json; "
        f"API docs at /docs; {args.workers} worker process(es)); Ctrl-C stops",
        file=sys.stderr,
    )
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0
