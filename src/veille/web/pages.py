"""The pages of the web UI: each reads the store and returns its title, its data (the JSON twin) and its HTML
body; :func:`render` wraps a body in the page layout. :data:`ROUTES` and :data:`ITEM_ROUTES` map paths to pages."""

from __future__ import annotations

import html
import json
import urllib.parse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..errors import StoreError
from ..record import side_codes, speaker_names

if TYPE_CHECKING:
    from ..store import Store

#: what a page returns: its title, its data (served as JSON) and its HTML body
Page = tuple[str, Any, str]
Params = dict[str, str]

#: largest page size a request may ask for
MAX_PAGE = 500
#: default page size
PAGE = 50

_CSS = (
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}"
    "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;"
    "vertical-align:top}nav a{margin-right:1rem}.muted{color:#666}blockquote{margin:.5rem 0;padding-left:1rem;"
    "border-left:3px solid #ccc}"
)


def escape(value: Any) -> str:
    """HTML-escaped text of a value (empty for None)."""
    return html.escape("" if value is None else str(value))


class NotFound(Exception):
    """No page or no item at this path (HTTP 404)."""


def _int(params: Params, name: str, default: int) -> int:
    try:
        value = int(params.get(name, default))
    except ValueError as exc:
        raise StoreError(f"{name} must be an integer") from exc
    if not 0 <= value <= (MAX_PAGE if name == "limit" else 10**9):
        raise StoreError(f"{name} must be between 0 and {MAX_PAGE if name == 'limit' else 10**9}")
    return value


def page_index(store: Store, params: Params) -> Page:
    summary = store.summary()
    rows = "".join(f"<li>{escape(k)}: {escape(v)}</li>" for k, v in summary.items())
    return (
        "Veille",
        summary,
        (
            f"<form action='/articles'><input name='q' placeholder='search articles' size='40'> <button>Search</button>"
            f"</form><ul>{rows}</ul>"
        ),
    )


def page_articles(store: Store, params: Params) -> Page:
    limit, offset = _int(params, "limit", PAGE) or PAGE, _int(params, "offset", 0)
    q = params.get("q", "").strip()
    rows = store.search(q, limit=limit) if q else store.list_articles(limit=limit, offset=offset)
    body = "".join(
        f"<tr><td>{escape(r.get('published'))}</td><td>{escape(r.get('language'))}</td><td><a href='/articles/"
        f"{escape(r['id'])}'>{escape(r.get('title') or r['id'][:12])}</a><div class='muted'>{escape(r.get('snippet'))}"
        f"</div></td></tr>"
        for r in rows
    )
    return (
        (f"Articles matching {q!r}" if q else "Articles"),
        rows,
        (f"<form><input name='q' value='{escape(q)}' size='40'> <button>Search</button></form><table>{body}</table>"),
    )


def page_article(store: Store, params: Params, article_id: str) -> Page:
    rec = store.get(article_id)
    if rec is None:
        raise NotFound(f"no article with id {article_id!r}")
    paras = "".join(f"<p>{escape(p)}</p>" for p in rec.get("paragraphs") or [])
    caps = "".join(f"<li>{escape(c)}</li>" for c in rec.get("captions") or [])
    ents = "".join(
        f"<li><a href='/entities/{urllib.parse.quote(e['id'], safe='')}'>{escape(e.get('name'))}</a> "
        f"<span class='muted'>{escape(e.get('type'))} {escape(e.get('code') or '')}</span></li>"
        for e in rec.get("entities") or []
    )
    quotes = "".join(
        f"<blockquote>{escape(q.get('text'))}<div class='muted'>— "
        f"{escape(speaker_names(q, 'speaker unknown'))}"
        f"</div></blockquote>"
        for q in rec.get("quotes") or []
    )
    events = "".join(
        f"<li>{escape(ev.get('date'))} <b>{escape(ev.get('type'))}</b> {escape(side_codes(ev.get('actors')))} → "
        f"{escape(side_codes(ev.get('recipients')))} <span class='muted'>"
        f"{escape((ev.get('sentence') or {}).get('text'))}"
        f"</span></li>"
        for ev in rec.get("events") or []
    )
    meta = f"{', '.join(rec.get('authors') or [])} · {rec.get('published') or ''} · {rec.get('language') or ''}"
    return (
        rec.get("title") or article_id,
        rec,
        (
            f"<p class='muted'>{escape(meta)}</p>{paras}<h2>Captions</h2><ul>{caps}</ul>"
            f"<h2>Entities</h2><ul>{ents}</ul>"
            f"<h2>Quotes</h2>{quotes}<h2>Events</h2><ul>{events}</ul>"
        ),
    )


def page_entities(store: Store, params: Params) -> Page:
    name = params.get("name", "").strip()
    rows = (
        store.find_entities(name)
        if name
        else store.list_entities(type=params.get("type") or None, limit=_int(params, "limit", PAGE) or PAGE)
    )
    body = "".join(
        f"<tr><td><a href='/entities/{urllib.parse.quote(r['id'], safe='')}'>{escape(r.get('name'))}</a></td>"
        f"<td>{escape(r.get('type'))}</td><td>{escape(r.get('code') or '')}</td>"
        f"<td>{escape(r.get('articles'))}</td></tr>"
        for r in rows
    )
    return (
        "Entities",
        rows,
        (
            f"<form><input name='name' value='{escape(name)}' placeholder='any name'> <button>Find"
            f"</button></form><table><tr><th>name</th><th>type</th><th>code</th><th>articles</th>"
            f"</tr>{body}</table>"
        ),
    )


def page_entity(store: Store, params: Params, entity_id: str) -> Page:
    ent = store.entity(entity_id)
    if ent is None:
        raise NotFound(f"no entity with id {entity_id!r}")
    roles = "".join(
        f"<li>{escape(r.get('role'))} ({escape(r.get('text'))}) seen {escape(r.get('date'))}</li>"
        for r in ent.get("roles") or []
    )
    arts = "".join(
        f"<li><a href='/articles/{escape(a)}'>{escape(a[:12])}</a></li>" for a in ent.get("article_ids") or []
    )
    return (
        ent.get("name") or entity_id,
        ent,
        (
            f"<p>{escape(ent.get('type'))} · code {escape(ent.get('code') or '-')} · "
            f"wikidata {escape(ent.get('wikidata') or '-')}</p>"
            f"<p>names: {escape(', '.join(ent.get('names') or []))}</p><h2>Roles</h2><ul>{roles}</ul>"
            f"<h2>Articles</h2><ul>{arts}</ul>"
        ),
    )


def page_quotes(store: Store, params: Params) -> Page:
    speaker = params.get("speaker", "").strip() or None
    rows = store.quotes(speaker=speaker, limit=_int(params, "limit", PAGE) or PAGE)
    body = "".join(
        f"<blockquote>{escape(q.get('text'))}<div class='muted'>— "
        f"{escape(speaker_names(q, 'speaker unknown'))}, "
        f"<a href='/articles/{escape(q.get('article_id'))}'>article</a></div></blockquote>"
        for q in rows
    )
    return (
        "Quotes",
        rows,
        f"<form><input name='speaker' value='{escape(speaker or '')}'> <button>Speaker</button></form>{body}",
    )


def page_events(store: Store, params: Params) -> Page:
    rows = store.events(
        actor=params.get("actor") or None,
        recipient=params.get("recipient") or None,
        type=params.get("type") or None,
        since=params.get("since") or None,
        until=params.get("until") or None,
        limit=_int(params, "limit", PAGE) or PAGE,
    )
    body = "".join(
        f"<tr><td>{escape(ev.get('date'))}</td><td>{escape(ev.get('type'))}</td><td>{escape(side_codes(ev.get('actors')))}"
        f"</td><td>{escape(side_codes(ev.get('recipients')))}</td><td class='muted'>"
        f"{escape((ev.get('sentence') or {}).get('text'))}</td></tr>"
        for ev in rows
    )
    return (
        "Events",
        rows,
        (
            "<form>actor <input name='actor' size='6'> recipient <input name='recipient' size='6'> "
            "type <input name='type' size='10'> <button>Filter</button></form>"
            f"<table><tr><th>date</th><th>type</th><th>actors</th><th>recipients</th><th>sentence</th>"
            f"</tr>{body}</table>"
        ),
    )


def page_stories(store: Store, params: Params) -> Page:
    rows = store.stories(limit=_int(params, "limit", PAGE) or PAGE, min_articles=_int(params, "min", 2) or 1)
    body = "".join(
        f"<h3>{escape(st.get('title'))}</h3><ul>"
        + "".join(
            f"<li><a href='/articles/{escape(a['id'])}'>{escape(a.get('title'))}</a> "
            f"<span class='muted'>{escape(a.get('published'))}"
            f" · similarity {escape(a.get('similarity'))}</span></li>"
            for a in st["articles"]
        )
        + "</ul>"
        for st in rows
    )
    return "Stories", rows, body or "<p>No story is told by several articles yet.</p>"


def page_dyad(store: Store, params: Params) -> Page:
    a, b = params.get("a", "").strip(), params.get("b", "").strip()
    if not a or not b:
        raise StoreError("a dyad needs two actor codes: ?a=JPN&b=NATO")
    data = store.dyad(a, b)
    return f"Dyad {a} – {b}", data, f"<pre>{escape(json.dumps(data, ensure_ascii=False, indent=2))}</pre>"


ROUTES: dict[str, Callable[[Store, Params], Page]] = {
    "": page_index,
    "index": page_index,
    "articles": page_articles,
    "entities": page_entities,
    "quotes": page_quotes,
    "events": page_events,
    "dyad": page_dyad,
    "stories": page_stories,
}
ITEM_ROUTES: dict[str, Callable[[Store, Params, str], Page]] = {"articles": page_article, "entities": page_entity}


def render(title: str, body: str, json_path: str) -> str:
    """The HTML page: navigation, title, body and a link to the JSON twin."""
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)} — Veille</title>"
        f"<style>{_CSS}</style></head><body><nav><a href='/'>Veille</a><a href='/articles'>Articles</a>"
        f"<a href='/entities'>Entities</a><a href='/quotes'>Quotes</a><a href='/events'>Events</a>"
        f"<a href='/stories'>Stories</a></nav>"
        f"<h1>{escape(title)}</h1>{body}<p class='muted'><a href='{escape(json_path)}'>JSON</a></p></body></html>"
    )
