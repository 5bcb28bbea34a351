"""Serving the web application with uvicorn (HTTP/1.1, keep-alive), on one or more worker processes.

    veille serve --db news.db --port 8080 [--cors https://example.org] [--workers 2]

| page | JSON twin | what |
| --- | --- | --- |
| ``/`` | ``/index.json`` | what the store holds |
| ``/articles?q=&language=&limit=&offset=`` | ``/articles.json`` | newest articles, or a full-text search |
| ``/articles/ID`` | ``/articles/ID.json`` | one article, highlighted (the full record) |
| ``/entities?type=&name=`` | ``/entities.json`` | entities (by type, or by any of their names) |
| ``/entities/ID`` | ``/entities/ID.json`` | one actor: names, roles, events by month, quotes, co-cited entities |
| ``/quotes?speaker=`` | ``/quotes.json`` | quotes, by speaker |
| ``/events?actor=&recipient=&type=&mode=&since=&until=&place=&language=&status=`` | ``/events.json`` | events, facets |
| ``/dyad?a=&b=`` | ``/dyad.json`` | events between two actors over time |
| ``/network?type=&since=&until=`` | ``/network.json`` | actors and the events between them |
| ``/map?type=&since=&until=`` | ``/map.json`` | where events happened |
| ``/stories`` | ``/stories.json`` | articles that tell the same story |
| ``/stories/across?since=&until=`` | ``/stories/across.json`` | the same events told by other outlets and languages |
| ``/docs``, ``/openapi.json`` | | the API's documentation and OpenAPI document |

Every listing of events counts realised events only unless ``include_unrealised=true``.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
from typing import Any

import uvicorn

from .app import create_app
from .shared import create as create_shared

log = logging.getLogger(__name__)

#: Where ``veille serve --workers N`` tells its worker processes which store to serve, and the CORS origins.
DB_VARIABLE = "VEILLE_SERVE_DB"
CORS_VARIABLE = "VEILLE_SERVE_CORS"


SHARED_VARIABLE = "VEILLE_SERVE_SHARED"


def app_from_environment() -> Any:
    """The application of one worker process of ``veille serve --workers N`` (uvicorn imports and calls it)."""
    cors = [o for o in os.environ.get(CORS_VARIABLE, "").split("\n") if o] or None
    return create_app(os.environ[DB_VARIABLE], cors, os.environ.get(SHARED_VARIABLE) or None)


class Server:
    """A uvicorn server over the store at ``db``, bound when made (``port`` 0 picks a free one); run it with
    :meth:`serve_forever` (in this thread) and stop it from another with :meth:`shutdown`."""

    def __init__(
        self, db: str, host: str = "127.0.0.1", port: int = 8080, cors: list[str] | None = None, workers: int = 1
    ) -> None:
        import socket

        self.app = create_app(db, cors)  # StoreError now, in this process, when ``db`` is no store
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.socket = socket.socket(family, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind((host, port))
        self.server_address: tuple[Any, ...] = self.socket.getsockname()
        self.workers = workers
        options: dict[str, Any] = {
            "log_config": None,
            "server_header": False,
            "access_log": False,
            "timeout_graceful_shutdown": 2,
        }
        self.shared_dir: str | None = None
        if workers > 1:  # each worker process builds its own application (its own store connections)
            # and reads the pages the others made from one response cache file (veille.web.shared)
            self.shared_dir = tempfile.mkdtemp(prefix="veille-serve-")
            shared = os.path.join(self.shared_dir, "responses.db")
            create_shared(shared)
            os.environ[DB_VARIABLE] = db
            os.environ[CORS_VARIABLE] = "\n".join(cors or [])
            os.environ[SHARED_VARIABLE] = shared
            config = uvicorn.Config(f"{__name__}:app_from_environment", factory=True, workers=workers, **options)
        else:
            config = uvicorn.Config(self.app, **options)
        self.server = uvicorn.Server(config)
        self.supervisor: Any = None
        self.started = threading.Event()

    def serve_forever(self) -> None:
        """Serve until :meth:`shutdown` (or Ctrl-C); with several workers, supervise their processes (each accepts
        on the same listening socket)."""
        if self.workers > 1:
            from uvicorn.supervisors import Multiprocess

            self.supervisor = Multiprocess(self.server.config, sockets=[self.socket])
            self.supervisor.run()
        else:
            self.server.run(sockets=[self.socket])

    def shutdown(self) -> None:
        """Ask the server to stop (it finishes the requests under way)."""
        self.server.should_exit = True
        if self.supervisor is not None:
            self.supervisor.should_exit.set()

    def server_close(self) -> None:
        """Release the listening socket (and remove the workers' shared cache)."""
        self.socket.close()
        if self.shared_dir is not None:
            shutil.rmtree(self.shared_dir, ignore_errors=True)
            if os.environ.get(SHARED_VARIABLE, "").startswith(self.shared_dir):
                del os.environ[SHARED_VARIABLE]
            self.shared_dir = None


def make_server(
    db: str, host: str = "127.0.0.1", port: int = 8080, cors: list[str] | None = None, workers: int = 1
) -> Server:
    """The server over the store at ``db`` (bound, not started: call ``serve_forever``) on ``workers`` processes;
    StoreError now when ``db`` is missing or no Veille store."""
    return Server(db, host, port, cors, workers)
