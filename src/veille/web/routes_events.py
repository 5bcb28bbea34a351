"""Events and what is drawn from them: the filtered listing with facets and paging, the dyad of two actors (a
timeline chart), the network of actors, the map of places, and stories (articles telling the same news)."""

from __future__ import annotations

from dataclasses import asdict
from enum import Enum
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from ..plover import event_types
from ..store.events_query import total_and_facets
from ..store.filters import STATUSES, EventFilter
from .geo import locate
from .models import Dyad, Events, MapData, Network, RelatedStories, Stories
from .routes_articles import Limit, Offset, Unrealised, memo, store_of
from .twins import twin

router = APIRouter()

#: pairs of actors suggested on the dyad page before any is chosen
SUGGESTIONS = 12
EMPTY_DYAD: dict[str, Any] = {
    "total": 0,
    "unrealised": 0,
    "by_direction": {},
    "by_type": {},
    "by_quad": {},
    "by_month": {},
    "months": [],
    "mean_score": None,
    "events": [],
}


#: what the store accepts, declared in the OpenAPI document (a request the document allows is answered)
CODE = r"^[A-Za-z0-9_.:-]{1,64}$"
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
EventType = Enum("EventType", {t: t for t in event_types()}, type=str)  # type: ignore[misc]
Status = Enum("Status", {s: s for s in STATUSES}, type=str)  # type: ignore[misc]


def Code() -> Any:  # noqa: N802 (a fresh parameter each time: FastAPI binds each to one argument)
    return Query(None, pattern=CODE, description="actor code: ISO-3 (JPN) or organisation (NATO)")


def Date() -> Any:  # noqa: N802
    return Query(None, pattern=DATE, description="ISO date: YYYY, YYYY-MM or YYYY-MM-DD (inclusive)")


def value(member: Enum | None) -> str | None:
    """The string of an enumerated parameter."""
    return None if member is None else str(member.value)


def event_filter(
    actor: str | None = None,
    recipient: str | None = None,
    type: str | None = None,
    mode: str | None = None,
    since: str | None = None,
    until: str | None = None,
    place: str | None = None,
    language: str | None = None,
    include_unrealised: bool = False,
    status: str | None = None,
) -> EventFilter:
    """The checked filter of a request (StoreError, answered 400, naming the first bad value)."""
    return EventFilter(
        actor, recipient, type, mode, since, until, place, language, include_unrealised, status
    ).checked()


def shown(filt: EventFilter) -> dict[str, Any]:
    """The filter's values that are set, for the response."""
    return {k: v for k, v in asdict(filt).items() if v not in (None, False)}


@twin(router, "/events", model=Events, template="events.html", title="Events")
def events(
    request: Request,
    actor: str | None = Code(),
    recipient: str | None = Code(),
    type: Annotated[EventType | None, Query(description="PLOVER event type")] = None,
    mode: str | None = Query(None, pattern=r"^[A-Za-z_]{1,32}$", description="PLOVER mode, e.g. allege"),
    since: str | None = Date(),
    until: str | None = Date(),
    place: str | None = Query(None, pattern=CODE, description="location code (ISO-3) or entity id"),
    language: str | None = Query(None, pattern=r"^[a-z]{2,3}$", description="article language (ISO 639-1)"),
    status: Annotated[Status | None, Query(description="only events of this status (any, realised or not)")] = None,
    include_unrealised: bool = Unrealised(),
    limit: int = Limit(),
    offset: int = Offset(),
) -> dict[str, Any]:
    """PLOVER events, newest first, filtered, with their total and facet counts (realised events unless asked)."""
    store = store_of(request)
    filt = event_filter(
        actor, recipient, value(type), mode, since, until, place, language, include_unrealised, value(status)
    )
    total, facets = memo(request, ("facets", filt), lambda: total_and_facets(store.conn, filt))
    return {
        "filters": shown(filt),
        "total": total,
        "limit": limit,
        "offset": offset,
        "facets": facets,
        "items": store.find_events(filt, limit=limit, offset=offset),
    }


@twin(router, "/dyad", model=Dyad, template="dyad.html", title=lambda d: f"Dyad {d['a']} – {d['b']}")
def dyad(
    request: Request,
    a: str = Query("", pattern=r"^[A-Za-z0-9_.:-]{0,64}$", description="first actor code"),
    b: str = Query("", pattern=r"^[A-Za-z0-9_.:-]{0,64}$", description="second actor code"),
    include_unrealised: bool = Unrealised(),
) -> dict[str, Any]:
    """Events between two actors in either direction: counts by direction, type, quad class and month, the
    monthly mean score, the timeline."""
    store = store_of(request)
    if not a.strip() or not b.strip():  # the form, with the busiest pairs to start from
        filt = EventFilter(include_unrealised=include_unrealised)
        edges = memo(request, ("network", filt), lambda: store.network(filt))["edges"][:SUGGESTIONS]
        return {
            **EMPTY_DYAD,
            "a": a.strip(),
            "b": b.strip(),
            "include_unrealised": include_unrealised,
            "suggestions": edges,
        }
    return store.dyad(a, b, include_unrealised=include_unrealised)


@twin(router, "/network", model=Network, template="network.html", title="Network of actors")
def network(
    request: Request,
    type: Annotated[EventType | None, Query(description="PLOVER event type")] = None,
    since: str | None = Date(),
    until: str | None = Date(),
    include_unrealised: bool = Unrealised(),
) -> dict[str, Any]:
    """Actors as nodes and events as edges (actor -> recipient), weighted, coloured by quad class."""
    filt = event_filter(type=value(type), since=since, until=until, include_unrealised=include_unrealised)
    store = store_of(request)
    return {"filters": shown(filt), **memo(request, ("network", filt), lambda: store.network(filt))}


@twin(router, "/map", model=MapData, template="map.html", title="Map of events")
def map_(
    request: Request,
    type: Annotated[EventType | None, Query(description="PLOVER event type")] = None,
    since: str | None = Date(),
    until: str | None = Date(),
    include_unrealised: bool = Unrealised(),
) -> dict[str, Any]:
    """Where events happened: each place with its event count and coordinates when known."""
    filt = event_filter(type=value(type), since=since, until=until, include_unrealised=include_unrealised)
    store = store_of(request)
    return {
        "filters": shown(filt),
        "places": memo(request, ("map", filt), lambda: [locate(p) for p in store.places(filt)]),
    }


@twin(router, "/stories", model=Stories, template="stories.html", title="Stories")
def stories(
    request: Request,
    min: int = Query(2, ge=1, le=1000, description="smallest story listed (articles)"),
    limit: int = Limit(),
) -> dict[str, Any]:
    """Stories told by several articles (wire copies, updated versions), largest first."""
    return {"items": store_of(request).stories(limit=limit, min_articles=min)}


@twin(router, "/stories/across", model=RelatedStories, template="related.html", title="Stories across outlets")
def stories_across(
    request: Request,
    since: str | None = Date(),
    until: str | None = Date(),
    min: int = Query(2, ge=1, le=1000, description="smallest story listed (articles)"),
    limit: int = Limit(),
) -> dict[str, Any]:
    """The same events told by other outlets and in other languages (the store's last month unless since/until):
    each story's articles by language and outlet, its events once, the evidence that linked its articles."""
    store = store_of(request)
    items = memo(request, ("across", since, until, min, limit), lambda: store.related(since, until, limit, min))
    return {"since": since, "until": until, "items": items}
