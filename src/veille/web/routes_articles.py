"""The home page and the articles: the listing (newest first, or a full-text search), and one article with its
entities, quotes and events highlighted in its text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import APIRouter, Path, Query, Request

from ..store import Store
from ..store.filters import EventFilter
from ..store.keys import MAX_OFFSET
from .highlight import highlighted
from .models import Articles, Record, Summary
from .twins import twin

router = APIRouter()
T = TypeVar("T")

#: the largest page a listing serves, and its default size
MAX_PAGE = 500
PAGE = 50


def Limit() -> Any:  # noqa: N802 (a fresh parameter each time: FastAPI binds each to one argument)
    return Query(PAGE, ge=1, le=MAX_PAGE, description="page size")


def Offset() -> Any:  # noqa: N802
    return Query(0, ge=0, le=MAX_OFFSET, description="rows skipped (paging)")


def Unrealised() -> Any:  # noqa: N802
    return Query(False, description="also count events that did not happen (negated, future, hypothetical...)")


class NotFound(Exception):
    """No item at this path (HTTP 404)."""


def store_of(request: Request) -> Store:
    """This worker thread's read-only store."""
    store: Store = request.app.state.stores.get()
    return store


def memo(request: Request, key: Any, compute: Callable[[], T]) -> T:
    """An aggregate computed once per version of the store (see :class:`veille.web.cache.Memo`)."""
    value: T = request.app.state.memo(key, compute)
    return value


def index_extra(request: Request, data: dict[str, Any]) -> dict[str, Any]:
    store = store_of(request)
    return memo(
        request,
        "index",
        lambda: {
            "top_entities": store.list_entities(limit=10),
            "latest_events": store.find_events(EventFilter(), limit=8),
            "latest_articles": store.list_articles(limit=8),
        },
    )


@twin(router, "/index", model=Summary, template="index.html", title="Veille", extend=index_extra)
def index(request: Request, include_unrealised: bool = Unrealised()) -> dict[str, Any]:
    """What the store holds: counts of articles, entities, quotes, events (realised ones unless asked)."""
    store = store_of(request)
    return memo(request, ("summary", include_unrealised), lambda: store.summary(include_unrealised))


@twin(
    router,
    "/articles",
    model=Articles,
    template="articles.html",
    title=lambda d: f"Articles matching “{d['q']}”" if d["q"] else "Articles",
)
def articles(
    request: Request,
    q: str = Query("", max_length=1000, description='full-text query: words, "a phrase", prefix*'),
    language: str | None = Query(None, max_length=8, pattern=r"^[a-z]{2,3}$", description="ISO 639-1"),
    limit: int = Limit(),
    offset: int = Offset(),
) -> dict[str, Any]:
    """Articles, newest first, or those matching a full-text query, best first."""
    store, q = store_of(request), q.strip()
    if q:
        items, total = (
            store.search(q, limit=limit, offset=offset),
            memo(request, ("matches", q), lambda: store.count_matches(q)),
        )
    else:
        items = store.list_articles(limit=limit, offset=offset, language=language)
        total = (
            store.count()
            if language is None
            else store.conn.execute("SELECT count(*) FROM articles WHERE language = ?", (language,)).fetchone()[0]
        )
    return {"q": q, "language": language, "total": total, "limit": limit, "offset": offset, "items": items}


def article_extra(request: Request, data: dict[str, Any]) -> dict[str, Any]:
    return {"hl": highlighted(data), "story": store_of(request).story_of(data["id"])}


@twin(
    router,
    "/articles/{article_id}",
    model=Record,
    template="article.html",
    title=lambda d: d.get("title") or d["id"],
    extend=article_extra,
    shared=False,
)
def article(
    request: Request, article_id: str = Path(min_length=6, max_length=64, description="id or id prefix")
) -> dict[str, Any]:
    """One article: the full stored record (docs/record.md)."""
    record = store_of(request).get(article_id)
    if record is None:
        raise NotFound(f"no article with id {article_id!r}")
    return record
