"""The web application (FastAPI): the pages and their JSON twins over one store, opened read-only.

    create_app("news.db", cors=["https://example.org"])

Errors: a parameter FastAPI cannot validate is answered 422, one the store refuses 400, an unknown item or
path 404, each with a one-line message (JSON for ``.json`` paths, a page otherwise). Responses are gzipped
when large, carry the security headers of :mod:`.middleware`, and HEAD is answered like GET. GET responses
are kept until the store's next commit and carry an ETag (:mod:`.cache`), and shared by the worker processes of
one server (:mod:`.shared`); a page and its JSON twin read their data once.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware

from .. import __version__
from ..errors import VeilleError
from .cache import PAGES, Generation, Memo, ResponseCache
from .middleware import Secure
from .render import STATIC, render
from .routes_articles import NotFound
from .routes_articles import router as articles_router
from .routes_entities import router as entities_router
from .routes_events import router as events_router
from .shared import SharedResponses
from .stores import Stores

log = logging.getLogger(__name__)

#: threads computing pages at once in one worker process (anyio's default is 40). Pages are computed under the
#: GIL, so more threads do not add speed, but each takes its share of the GIL from the event loop, which answers
#: the cached pages: with 40 busy threads, a cached page waited behind them (bench/web.py, docs/benchmarks.md)
THREADS = 4
#: responses smaller than this are sent as they are (gzip costs more than it saves on them)
GZIP_MIN_BYTES = 1024
DESCRIPTION = (
    "Read-only API over a Veille store: articles, entities, quotes and PLOVER events. Every page of the web UI "
    "has a JSON twin: add `.json` to its path. Counts, dyads and scores read realised events only (not negated, "
    "future, intended, hypothetical or alleged) unless `include_unrealised=true`."
)


def error(request: Request, status: int, message: str, **extra: Any) -> Response:
    """An error answer: JSON for the API, a page for a person."""
    if request.url.path.endswith(".json") or request.url.path.startswith("/openapi"):
        return JSONResponse({"error": message, "status": status, **extra}, status_code=status)
    return render(request, "error.html", f"Error {status}", {"error": message, "status": status}, status=status)


def validation_message(exc: RequestValidationError) -> str:
    """'limit: Input should be less than or equal to 500' for each refused parameter."""
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path"))
        parts.append(f"{where}: {err.get('msg')}")
    return "; ".join(parts) or "invalid request"


def create_app(db: str, cors: list[str] | None = None, shared: str | None = None) -> FastAPI:
    """The application serving the store at ``db`` (read-only; StoreError now when it is no store); ``shared``:
    the response cache file the worker processes of one server share (:mod:`.shared`)."""
    stores = Stores(db)
    generation = Generation(db)
    responses = SharedResponses(shared) if shared else None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = THREADS
        yield
        stores.close()
        generation.close()
        if responses is not None:
            responses.close()

    app = FastAPI(
        title="Veille",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.stores = stores
    app.state.shared = responses
    app.state.memo = Memo(generation)
    app.state.pages = Memo(generation, PAGES)  # the data of a page and of its JSON twin, read once
    app.include_router(articles_router)
    app.include_router(entities_router)
    app.include_router(events_router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False, response_class=HTMLResponse)
    def home(request: Request, include_unrealised: bool = False) -> Response:
        from .routes_articles import index, index_extra

        data = index(request, include_unrealised)
        return render(request, "index.html", "Veille", data, **index_extra(request, data))

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs(request: Request) -> Response:
        return render(request, "docs.html", "API", {})

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return error(request, 404, str(exc))

    @app.exception_handler(VeilleError)
    async def refused(request: Request, exc: VeilleError) -> Response:
        return error(request, 400, exc.reason)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return error(request, 422, validation_message(exc), detail=jsonable_encoder(exc.errors()))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = f"no page at {request.url.path}" if exc.status_code == 404 else str(exc.detail)
        response = error(request, exc.status_code, message)
        response.headers.update(exc.headers or {})  # 405 keeps its Allow header
        return response

    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES)
    if cors:
        app.add_middleware(CORSMiddleware, allow_origins=cors, allow_methods=["GET", "HEAD"], allow_headers=["*"])
    app.add_middleware(Secure)
    app.add_middleware(ResponseCache, generation=generation, shared=responses)
    return app
