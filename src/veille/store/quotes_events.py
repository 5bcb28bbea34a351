"""Reading quotes and events back: quotes by speaker (or about an entity), events by actor, recipient, type and
dates (see :mod:`.events_query` for the whole filter, totals and facets)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .events_query import list_events
from .filters import EventFilter
from .keys import check_limit, check_offset, normalise_name


def speaker_clause(speaker: str | None) -> tuple[str, list[Any]]:
    """The condition on quotes ``q`` said by ``speaker`` (an entity id or any name of the speaker)."""
    if not speaker:
        return "1", []
    norm = normalise_name(speaker)
    return (
        "q.id IN (SELECT quote_id FROM quote_speakers WHERE name_norm = ? OR entity_id = ?"
        " OR entity_id IN (SELECT entity_id FROM entity_names WHERE name_norm = ?))",
        [norm, speaker, norm],
    )


def about_clause(entity_id: str | None) -> tuple[str, list[Any]]:
    """The condition on quotes ``q`` whose words mention the entity ``entity_id``."""
    if not entity_id:
        return "1", []
    return (
        # the entity's articles, then its mentions in each (mentions has no index by entity: migration 8)
        "q.id IN (SELECT q2.id FROM article_entities ae"
        " JOIN mentions m ON m.article_id = ae.article_id AND m.entity_id = ae.entity_id"
        ' JOIN quotes q2 ON q2.article_id = m.article_id AND m.start >= q2.start AND m."end" <= q2."end"'
        " WHERE ae.entity_id = ?)",
        [entity_id],
    )


def quotes(
    conn: sqlite3.Connection,
    speaker: str | None = None,
    limit: int = 50,
    offset: int = 0,
    about: str | None = None,
) -> list[dict[str, Any]]:
    """Quotes, newest article first; ``speaker`` is an entity id or any name of the speaker; ``about`` an
    entity id the quote's words mention."""
    return quote_rows(conn, speaker, limit, offset, about, with_total=False)[1]


def quotes_and_total(
    conn: sqlite3.Connection, speaker: str | None = None, limit: int = 50, offset: int = 0, about: str | None = None
) -> tuple[int, list[dict[str, Any]]]:
    """What :func:`count_quotes` and :func:`quotes` return; filtered, from one query (the quotes kept are found
    once, not once to count and once to list: an actor page's quotes about a much-cited entity, 2 x 20 ms)."""
    if not (speaker or about):
        return count_quotes(conn), quotes(conn, None, limit, offset)
    total, items = quote_rows(conn, speaker, limit, offset, about, with_total=True)
    return (total if items or not offset else count_quotes(conn, speaker, about)), items


def quote_rows(
    conn: sqlite3.Connection, speaker: str | None, limit: int, offset: int, about: str | None, with_total: bool
) -> tuple[int, list[dict[str, Any]]]:
    """A page of quotes, and (``with_total``) how many the filter keeps (0 when the page is empty)."""
    (said, said_params), (of, of_params) = speaker_clause(speaker), about_clause(about)
    # unfiltered, walk the articles newest first (index articles_published_seq) and stop at the page, instead of
    # sorting every quote; filtered, start from the few quotes kept
    join = "quotes q JOIN articles a" if speaker or about else "articles a CROSS JOIN quotes q"
    rows = conn.execute(
        "SELECT q.article_id, q.idx, q.record, a.published, a.title"
        + (", count(*) OVER () AS total" if with_total else "")
        + f" FROM {join} ON a.id = q.article_id WHERE {said} AND {of}"
        " ORDER BY a.published DESC, a.seq DESC, q.idx LIMIT ? OFFSET ?",
        (*said_params, *of_params, check_limit(limit), check_offset(offset)),
    ).fetchall()
    items = [
        {
            **json.loads(r["record"]),
            "article_id": r["article_id"],
            "idx": r["idx"],
            "published": r["published"],
            "title": r["title"],
        }
        for r in rows
    ]
    return (int(rows[0]["total"]) if rows and with_total else 0), items


def count_quotes(conn: sqlite3.Connection, speaker: str | None = None, about: str | None = None) -> int:
    """How many quotes :func:`quotes` would list without a limit."""
    (said, said_params), (of, of_params) = speaker_clause(speaker), about_clause(about)
    return int(
        conn.execute(f"SELECT count(*) FROM quotes q WHERE {said} AND {of}", said_params + of_params).fetchone()[0]
    )


def events(
    conn: sqlite3.Connection,
    actor: str | None = None,
    recipient: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 100,
    include_unrealised: bool = False,
) -> list[dict[str, Any]]:
    """Events, newest first, filtered by actor/recipient code, PLOVER type and date range (inclusive);
    realised events only unless ``include_unrealised``.

    Each event is its stored record plus ``article_id``, ``idx``, its article's ``title`` and ``language``,
    and its ``status``; an event without its own date carries the article's publication date.
    """
    filt = EventFilter(
        actor=actor, recipient=recipient, type=type, since=since, until=until, include_unrealised=include_unrealised
    )
    return list_events(conn, filt, limit)
