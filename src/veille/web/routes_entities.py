"""Entities and quotes: the listing of entities, one actor's page (names and roles over time, events as actor
and recipient by month, quotes by and about it, the entities cited with it, its articles, its merges), quotes."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Path, Query, Request

from ..store.actors import EXPLAIN_MAX_ARTICLES
from ..store.quotes_events import quotes_and_total
from .models import Entities, EntityPage, Quotes
from .routes_articles import Limit, NotFound, Offset, Unrealised, memo, store_of
from .twins import twin

router = APIRouter()

#: quotes and articles shown on an actor page (the listings page through the rest)
ACTOR_ROWS = 20


@twin(router, "/entities", model=Entities, template="entities.html", title="Entities")
def entities(
    request: Request,
    type: str | None = Query(None, pattern="^(PERSON|ORG|GPE|LOC)$", description="PERSON, ORG, GPE or LOC"),
    name: str = Query("", max_length=200, description="any name of the entity, or its code"),
    limit: int = Limit(),
    offset: int = Offset(),
) -> dict[str, Any]:
    """Entities, most cited first (of one type), or those known by a name or code."""
    store, name = store_of(request), name.strip()
    if name:
        found = store.find_entities(name)
        items, total = found[offset : offset + limit], len(found)
    else:
        items = memo(request, ("entities", type, limit, offset), lambda: store.list_entities(type, limit, offset))
        total = store.count_entities(type)
    return {"type": type, "name": name, "total": total, "limit": limit, "offset": offset, "items": items}


@twin(
    router,
    "/entities/{entity_id:path}",
    model=EntityPage,
    template="entity.html",
    title=lambda d: d["entity"].get("name") or d["entity"]["id"],
)
def entity(
    request: Request,
    entity_id: str = Path(max_length=300, description="the entity's id, e.g. kb:country:JPN"),
    include_unrealised: bool = Unrealised(),
) -> dict[str, Any]:
    """One actor: names and roles with dates, events by month, quotes by and about it, co-cited entities,
    articles, and how its mentions were merged."""
    store = store_of(request)

    def compute() -> dict[str, Any]:
        ent = store.entity(entity_id, with_articles=False)
        if ent is None:
            raise NotFound(f"no entity with id {entity_id!r}")
        ent.pop("article_ids", None)
        newest = store.articles_of(entity_id, limit=max(ACTOR_ROWS, EXPLAIN_MAX_ARTICLES))  # read once for both
        quotes_by_total, quotes_by = quotes_and_total(store.conn, speaker=entity_id, limit=ACTOR_ROWS)
        quotes_about_total, quotes_about = quotes_and_total(store.conn, about=entity_id, limit=ACTOR_ROWS)
        return {
            "entity": ent,
            **store.actor(entity_id, include_unrealised, newest=[a["id"] for a in newest]),
            "articles": newest[:ACTOR_ROWS],
            "articles_total": ent["articles"],
            "quotes_by": quotes_by,
            "quotes_by_total": quotes_by_total,
            "quotes_about": quotes_about,
            "quotes_about_total": quotes_about_total,
            "include_unrealised": include_unrealised,
        }

    page: dict[str, Any] = memo(request, ("entity", entity_id, include_unrealised), compute)
    return page


@twin(router, "/quotes", model=Quotes, template="quotes.html", title="Quotes")
def quotes(
    request: Request,
    speaker: str = Query("", max_length=200, description="an entity id or any name of the speaker"),
    limit: int = Limit(),
    offset: int = Offset(),
) -> dict[str, Any]:
    """Quotes, newest first, by speaker."""
    store, speaker = store_of(request), speaker.strip()
    items = store.quotes(speaker=speaker or None, limit=limit, offset=offset)
    total = memo(request, ("quotes", speaker), lambda: store.count_quotes(speaker=speaker or None))
    return {"speaker": speaker, "total": total, "limit": limit, "offset": offset, "items": items}
