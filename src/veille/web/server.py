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

import json
import logging
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ..errors import StoreError, VeilleError
from .pages import ITEM_ROUTES, ROUTES, NotFound, escape, render

logger = logging.getLogger(__name__)

#: longest query string accepted (bytes)
MAX_QUERY_BYTES = 4096


def make_handler(db: str) -> type[BaseHTTPRequestHandler]:
    """The request handler class serving the store at ``db`` (read-only; a connection per request)."""
    from ..store import Store

    class Handler(BaseHTTPRequestHandler):
        server_version = "veille"

        def log_message(self, fmt: str, *args: Any) -> None:  # through logging, not stderr
            logger.info("%s %s", self.address_string(), fmt % args)

        def _send(self, status: int, ctype: str, payload: str) -> None:
            data = payload.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", f"{ctype}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
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
                self._send(200, "text/html", render(title, body, twin))

        def _error(self, status: int, message: str, as_json: bool) -> None:
            if as_json:
                self._send(status, "application/json", json.dumps({"error": message, "status": status}))
            else:
                self._send(status, "text/html", render(f"Error {status}", f"<p>{escape(message)}</p>", "/index.json"))

    return Handler


def make_server(db: str, host: str = "127.0.0.1", port: int = 8080) -> ThreadingHTTPServer:
    """The HTTP server over the store at ``db`` (not started: call ``serve_forever``)."""
    from ..store import Store

    with Store(db):  # fail now, with the store's own error, if the file is not a store
        pass
    return ThreadingHTTPServer((host, port), make_handler(db))
