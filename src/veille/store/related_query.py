"""Related stories read from the store: the articles published in a window of days, their near-copy stories
(:mod:`.stories`) pooled as one unit each, grouped across outlets and languages by :mod:`.related`. Nothing is
stored: the groups are computed when asked, from the records of the window only (at most :data:`MAX_ARTICLES`).

A related story lists its articles by language and by outlet, its events once (one line per type, actor and
recipient codes and date, with the articles that report it) and the links that grouped it, each with its evidence.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlsplit

from . import related
from .keys import check_date, check_limit

#: days read when no window is given: the last month of the store (stories older than the window are not regrouped)
DEFAULT_DAYS = 30
#: articles read at most for one grouping (the newest of the window): ~0.3 ms each to decode and index on this
#: machine, so a few seconds at most for one request
MAX_ARTICLES = 20_000


def outlet(url: str | None, source: str | None) -> str:
    """An article's outlet: its URL's host without ``www.``, else its source."""
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.") or (source or "?")


def window(conn: sqlite3.Connection, since: str | None, until: str | None) -> tuple[str, str]:
    """The dates read (YYYY-MM-DD, compared as text): ``until`` (default the newest publication date stored; a year
    or a month means its last day) and ``since`` (default :data:`DEFAULT_DAYS` before ``until``; a year or a month
    means its first day). StoreError when either is no ISO date."""
    if until is None:
        newest = conn.execute("SELECT max(substr(published, 1, 10)) FROM articles").fetchone()[0]
        until = newest or date.today().isoformat()
    until = check_date(until, "until")
    until = until + "-12-31"[len(until) - 4 :] if len(until) < 10 else until[:10]
    if since is None:
        try:
            first = date.fromisoformat(until[:8] + "01")
            since = (first + timedelta(days=int(until[8:]) - 1 - DEFAULT_DAYS)).isoformat()
        except ValueError:  # year 0: no day before it
            since = "0000-01-01"
    since = check_date(since, "since")
    return (since + "-01-01"[len(since) - 4 :] if len(since) < 10 else since[:10]), until


def related_stories(
    conn: sqlite3.Connection,
    since: str | None = None,
    until: str | None = None,
    limit: int = 20,
    min_articles: int = 2,
    threshold: float = related.THRESHOLD,
) -> list[dict[str, Any]]:
    """Stories told by at least ``min_articles`` articles across outlets and languages, in the window, largest and
    newest first."""
    since, until = window(conn, since, until)
    rows = conn.execute(
        "SELECT a.id, a.title, a.published, a.language, a.url, a.source, a.record, s.story_id"
        " FROM articles a LEFT JOIN article_stories s ON s.article_id = a.id"
        " WHERE substr(a.published, 1, 10) BETWEEN ? AND ? ORDER BY a.published DESC, a.seq DESC LIMIT ?",
        (since, until, MAX_ARTICLES),
    ).fetchall()
    records = {row[0]: json.loads(row[6]) for row in rows}
    info = {row[0]: row for row in rows}
    unit_of = {row[0]: (f"story:{row[7]}" if row[7] is not None else row[0]) for row in rows}
    units = related.units_of((unit_of[a], records[a]) for a in reversed(list(records)))
    groups, links = related.group(units, threshold)
    members = {unit.id: unit.members for unit in units}
    found = []
    for group in groups:
        articles = [a for unit in group for a in members[unit]]
        if len(articles) < min_articles:
            continue
        found.append(describe(articles, info, records, [m for m in links if m.a in group], unit_of))
    found.sort(key=lambda s: (len(s["articles"]), s["last_published"] or ""), reverse=True)
    return found[: check_limit(limit)]


def describe(
    articles: list[str],
    info: dict[str, Any],
    records: dict[str, dict[str, Any]],
    links: list[related.Match],
    unit_of: dict[str, str],
) -> dict[str, Any]:
    """One related story: its articles (oldest first), by language and by outlet, its events once, its links."""
    rows = sorted((info[a] for a in articles), key=lambda r: (r[2] or "", r[0]))
    listed = [
        {
            "id": r[0],
            "title": r[1],
            "published": r[2],
            "language": r[3],
            "outlet": outlet(r[4], r[5]),
            "url": r[4],
            "near_copies": unit_of[r[0]] if unit_of[r[0]].startswith("story:") else None,
        }
        for r in rows
    ]
    by_language: dict[str, list[str]] = defaultdict(list)
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for art in listed:
        by_language[art["language"] or "?"].append(art["id"])
        by_outlet[art["outlet"]].append(art["id"])
    return {
        "id": rows[0][0],
        "title": rows[0][1],
        "first_published": rows[0][2],
        "last_published": rows[-1][2],
        "languages": sorted(by_language),
        "articles": listed,
        "by_language": dict(sorted(by_language.items())),
        "by_outlet": dict(sorted(by_outlet.items())),
        "events": events_once(articles, records),
        "links": [{"a": m.a, "b": m.b, "score": m.score, "days": m.days, "evidence": list(m.evidence)} for m in links],
    }


def events_once(articles: list[str], records: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The events of a story's articles, each (type, actor codes, recipient codes, date) once, with the articles
    that report it (realised events only: negated, planned or supposed ones are left out)."""
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for art in articles:
        for event in records[art].get("events") or []:
            if event.get("negated") or event.get("modality"):
                continue
            actors = sorted({str(a.get("code") or a.get("name")) for a in event.get("actors") or []})
            recipients = sorted({str(r.get("code") or r.get("name")) for r in event.get("recipients") or []})
            key = (event.get("type"), tuple(actors), tuple(recipients), event.get("date"))
            entry = seen.setdefault(
                key,
                {
                    "type": event.get("type"),
                    "actors": actors,
                    "recipients": recipients,
                    "date": event.get("date"),
                    "location": (event.get("location") or {}).get("name"),
                    "articles": [],
                },
            )
            if art not in entry["articles"]:
                entry["articles"].append(art)
    return sorted(seen.values(), key=lambda e: (e["date"] or "", e["type"] or ""))
