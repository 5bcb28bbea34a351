"""A read-only HTTP API and web UI over a store: every page has a JSON twin (add ``.json`` to its path).

    veille serve --db news.db --port 8080

| page | JSON twin | what |
| --- | --- | --- |
| ``/`` | ``/index.json`` | what the store holds |
| ``/articles?q=&limit=&offset=`` | ``/articles.json`` | newest articles, or a full-text search |
| ``/articles/ID`` | ``/articles/ID.json`` | one article (the full record) |
| ``/entities?type=&name=`` | ``/entities.json`` | entities (by type, or by any of their names) |
| ``/entities/ID`` | ``/entities/ID.json`` | one entity: names, roles with dates, articles |
| ``/quotes?speaker=`` | ``/quotes.json`` | quotes, by speaker |
| ``/events?actor=&recipient=&type=&since=&until=`` | ``/events.json`` | PLOVER events |
| ``/dyad?a=&b=`` | ``/dyad.json`` | events between two actors over time |
| ``/stories`` | ``/stories.json`` | articles that tell the same story |

Each request opens its own read connection, so the server never blocks an ingest running beside it.
"""

from __future__ import annotations

import html
import json
import logging
import urllib.parse
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ..errors import StoreError, VeilleError
from ..record import side_codes, speaker_names

logger = logging.getLogger(__name__)

#: largest page size a request may ask for
MAX_PAGE = 500
#: default page size
PAGE = 50
#: longest query string accepted (bytes)
MAX_QUERY_BYTES = 4096

_CSS = (
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}"
    "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;"
    "vertical-align:top}nav a{margin-right:1rem}.muted{color:#666}blockquote{margin:.5rem 0;padding-left:1rem;"
    "border-left:3px solid #ccc}"
)


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


class NotFound(Exception):
    pass


def _int(params: dict[str, str], name: str, default: int) -> int:
    try:
        value = int(params.get(name, default))
    except ValueError as exc:
        raise StoreError(f"{name} must be an integer") from exc
    if not 0 <= value <= (MAX_PAGE if name == "limit" else 10**9):
        raise StoreError(f"{name} must be between 0 and {MAX_PAGE if name == 'limit' else 10**9}")
    return value


# --- pages: each returns (title, data, html body) ----------------------------------------------------
def page_index(store, params):
    summary = store.summary()
    rows = "".join(f"<li>{_e(k)}: {_e(v)}</li>" for k, v in summary.items())
    return (
        "Veille",
        summary,
        (
            f"<form action='/articles'><input name='q' placeholder='search articles' size='40'> <button>Search</button>"
            f"</form><ul>{rows}</ul>"
        ),
    )


def page_articles(store, params):
    limit, offset = _int(params, "limit", PAGE) or PAGE, _int(params, "offset", 0)
    q = params.get("q", "").strip()
    rows = store.search(q, limit=limit) if q else store.list_articles(limit=limit, offset=offset)
    body = "".join(
        f"<tr><td>{_e(r.get('published'))}</td><td>{_e(r.get('language'))}</td><td><a href='/articles/"
        f"{_e(r['id'])}'>{_e(r.get('title') or r['id'][:12])}</a><div class='muted'>{_e(r.get('snippet'))}"
        f"</div></td></tr>"
        for r in rows
    )
    return (
        (f"Articles matching {q!r}" if q else "Articles"),
        rows,
        (f"<form><input name='q' value='{_e(q)}' size='40'> <button>Search</button></form><table>{body}</table>"),
    )


def page_article(store, params, article_id):
    rec = store.get(article_id)
    if rec is None:
        raise NotFound(f"no article with id {article_id!r}")
    paras = "".join(f"<p>{_e(p)}</p>" for p in rec.get("paragraphs") or [])
    caps = "".join(f"<li>{_e(c)}</li>" for c in rec.get("captions") or [])
    ents = "".join(
        f"<li><a href='/entities/{urllib.parse.quote(e['id'], safe='')}'>{_e(e.get('name'))}</a> "
        f"<span class='muted'>{_e(e.get('type'))} {_e(e.get('code') or '')}</span></li>"
        for e in rec.get("entities") or []
    )
    quotes = "".join(
        f"<blockquote>{_e(q.get('text'))}<div class='muted'>— "
        f"{_e(speaker_names(q, 'speaker unknown'))}"
        f"</div></blockquote>"
        for q in rec.get("quotes") or []
    )
    events = "".join(
        f"<li>{_e(ev.get('date'))} <b>{_e(ev.get('type'))}</b> {_e(side_codes(ev.get('actors')))} → "
        f"{_e(side_codes(ev.get('recipients')))} <span class='muted'>{_e((ev.get('sentence') or {}).get('text'))}"
        f"</span></li>"
        for ev in rec.get("events") or []
    )
    meta = f"{', '.join(rec.get('authors') or [])} · {rec.get('published') or ''} · {rec.get('language') or ''}"
    return (
        rec.get("title") or article_id,
        rec,
        (
            f"<p class='muted'>{_e(meta)}</p>{paras}<h2>Captions</h2><ul>{caps}</ul><h2>Entities</h2><ul>{ents}</ul>"
            f"<h2>Quotes</h2>{quotes}<h2>Events</h2><ul>{events}</ul>"
        ),
    )


def page_entities(store, params):
    name = params.get("name", "").strip()
    rows = (
        store.find_entities(name)
        if name
        else store.list_entities(type=params.get("type") or None, limit=_int(params, "limit", PAGE) or PAGE)
    )
    body = "".join(
        f"<tr><td><a href='/entities/{urllib.parse.quote(r['id'], safe='')}'>{_e(r.get('name'))}</a></td>"
        f"<td>{_e(r.get('type'))}</td><td>{_e(r.get('code') or '')}</td><td>{_e(r.get('articles'))}</td></tr>"
        for r in rows
    )
    return (
        "Entities",
        rows,
        (
            f"<form><input name='name' value='{_e(name)}' placeholder='any name'> <button>Find"
            f"</button></form><table><tr><th>name</th><th>type</th><th>code</th><th>articles</th>"
            f"</tr>{body}</table>"
        ),
    )


def page_entity(store, params, entity_id):
    ent = store.entity(entity_id)
    if ent is None:
        raise NotFound(f"no entity with id {entity_id!r}")
    roles = "".join(
        f"<li>{_e(r.get('role'))} ({_e(r.get('text'))}) seen {_e(r.get('date'))}</li>" for r in ent.get("roles") or []
    )
    arts = "".join(f"<li><a href='/articles/{_e(a)}'>{_e(a[:12])}</a></li>" for a in ent.get("article_ids") or [])
    return (
        ent.get("name") or entity_id,
        ent,
        (
            f"<p>{_e(ent.get('type'))} · code {_e(ent.get('code') or '-')} · wikidata {_e(ent.get('wikidata') or '-')}</p>"
            f"<p>names: {_e(', '.join(ent.get('names') or []))}</p><h2>Roles</h2><ul>{roles}</ul>"
            f"<h2>Articles</h2><ul>{arts}</ul>"
        ),
    )


def page_quotes(store, params):
    speaker = params.get("speaker", "").strip() or None
    rows = store.quotes(speaker=speaker, limit=_int(params, "limit", PAGE) or PAGE)
    body = "".join(
        f"<blockquote>{_e(q.get('text'))}<div class='muted'>— "
        f"{_e(speaker_names(q, 'speaker unknown'))}, "
        f"<a href='/articles/{_e(q.get('article_id'))}'>article</a></div></blockquote>"
        for q in rows
    )
    return (
        "Quotes",
        rows,
        f"<form><input name='speaker' value='{_e(speaker or '')}'> <button>Speaker</button></form>{body}",
    )


def page_events(store, params):
    rows = store.events(
        actor=params.get("actor") or None,
        recipient=params.get("recipient") or None,
        type=params.get("type") or None,
        since=params.get("since") or None,
        until=params.get("until") or None,
        limit=_int(params, "limit", PAGE) or PAGE,
    )
    body = "".join(
        f"<tr><td>{_e(ev.get('date'))}</td><td>{_e(ev.get('type'))}</td><td>{_e(side_codes(ev.get('actors')))}"
        f"</td><td>{_e(side_codes(ev.get('recipients')))}</td><td class='muted'>"
        f"{_e((ev.get('sentence') or {}).get('text'))}</td></tr>"
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


def page_stories(store, params):
    rows = store.stories(limit=_int(params, "limit", PAGE) or PAGE, min_articles=_int(params, "min", 2) or 1)
    body = "".join(
        f"<h3>{_e(st.get('title'))}</h3><ul>"
        + "".join(
            f"<li><a href='/articles/{_e(a['id'])}'>{_e(a.get('title'))}</a> <span class='muted'>{_e(a.get('published'))}"
            f" · similarity {_e(a.get('similarity'))}</span></li>"
            for a in st["articles"]
        )
        + "</ul>"
        for st in rows
    )
    return "Stories", rows, body or "<p>No story is told by several articles yet.</p>"


def page_dyad(store, params):
    a, b = params.get("a", "").strip(), params.get("b", "").strip()
    if not a or not b:
        raise StoreError("a dyad needs two actor codes: ?a=JPN&b=NATO")
    data = store.dyad(a, b)
    return f"Dyad {a} – {b}", data, f"<pre>{_e(json.dumps(data, ensure_ascii=False, indent=2))}</pre>"


ROUTES: dict[str, Callable] = {
    "": page_index,
    "index": page_index,
    "articles": page_articles,
    "entities": page_entities,
    "quotes": page_quotes,
    "events": page_events,
    "dyad": page_dyad,
    "stories": page_stories,
}
ITEM_ROUTES: dict[str, Callable] = {"articles": page_article, "entities": page_entity}


def _render(title: str, body: str, json_path: str) -> str:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{_e(title)} — Veille</title>"
        f"<style>{_CSS}</style></head><body><nav><a href='/'>Veille</a><a href='/articles'>Articles</a>"
        f"<a href='/entities'>Entities</a><a href='/quotes'>Quotes</a><a href='/events'>Events</a><a href='/stories'>Stories</a></nav>"
        f"<h1>{_e(title)}</h1>{body}<p class='muted'><a href='{_e(json_path)}'>JSON</a></p></body></html>"
    )


def make_handler(db: str):
    from ..store import Store

    class Handler(BaseHTTPRequestHandler):
        server_version = "veille"

        def log_message(self, fmt, *args):  # through logging, not stderr
            logger.info("%s %s", self.address_string(), fmt % args)

        def _send(self, status: int, ctype: str, payload: str) -> None:
            data = payload.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", f"{ctype}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):  # noqa: N802 (http.server's naming)
            parsed = urllib.parse.urlsplit(self.path)
            as_json = parsed.path.endswith(".json")
            path = parsed.path[:-5] if as_json else parsed.path
            parts = [urllib.parse.unquote(p) for p in path.strip("/").split("/")] if path.strip("/") else [""]
            try:
                if len(parsed.query) > MAX_QUERY_BYTES:
                    raise StoreError(f"query string longer than {MAX_QUERY_BYTES} bytes")
                params = {k: v[-1] for k, v in urllib.parse.parse_qs(parsed.query).items()}
                with Store(db) as store:
                    if len(parts) == 1 and parts[0] in ROUTES:
                        title, data, body = ROUTES[parts[0]](store, params)
                    elif len(parts) == 2 and parts[0] in ITEM_ROUTES:
                        title, data, body = ITEM_ROUTES[parts[0]](store, params, parts[1])
                    else:
                        raise NotFound(f"no page at {parsed.path}")
            except NotFound as exc:
                return self._error(404, str(exc), as_json)
            except VeilleError as exc:
                return self._error(400, exc.reason, as_json)
            twin = (path.rstrip("/") or "/index") + ".json" + (f"?{parsed.query}" if parsed.query else "")
            if as_json:
                self._send(200, "application/json", json.dumps(data, ensure_ascii=False))
            else:
                self._send(200, "text/html", _render(title, body, twin))

        def _error(self, status: int, message: str, as_json: bool) -> None:
            if as_json:
                self._send(status, "application/json", json.dumps({"error": message, "status": status}))
            else:
                self._send(status, "text/html", _render(f"Error {status}", f"<p>{_e(message)}</p>", "/index.json"))

    return Handler


def make_server(db: str, host: str = "127.0.0.1", port: int = 8080) -> ThreadingHTTPServer:
    """The HTTP server over the store at ``db`` (not started: call ``serve_forever``)."""
    from ..store import Store

    with Store(db):  # fail now, with the store's own error, if the file is not a store
        pass
    return ThreadingHTTPServer((host, port), make_handler(db))
