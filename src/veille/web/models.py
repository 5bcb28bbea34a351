"""The typed responses of the HTTP API (the JSON twins of the pages): what the OpenAPI document describes and
what every ``.json`` response is validated against. Stored records keep every field they have (``extra``)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class Open(BaseModel):
    """A model that keeps the fields it does not name (stored records grow new fields)."""

    model_config = ConfigDict(extra="allow")


class Error(BaseModel):
    """An error: its message and HTTP status."""

    error: str
    status: int


class Page(BaseModel):
    """Where a listing is: the total it pages through, and this page's size and offset."""

    total: int
    limit: int
    offset: int


class Summary(Open):
    articles: int
    languages: dict[str, int]
    entities: dict[str, int]
    quotes: int
    events: dict[str, int]
    unrealised_events: int
    published: dict[str, str | None]
    stories: int


class ArticleRow(Open):
    id: str
    title: str | None = None
    published: str | None = None
    language: str | None = None
    source: str | None = None
    snippet: str | None = None
    score: float | None = None


class Articles(Page):
    q: str
    language: str | None
    items: list[ArticleRow]


class Record(Open):
    """A stored analysed-article record (docs/record.md)."""

    id: str
    title: str | None = None
    body: str | None = None


class EntityRow(Open):
    id: str
    type: str | None = None
    name: str | None = None
    code: str | None = None
    articles: int = 0


class Entities(Page):
    type: str | None
    name: str
    items: list[EntityRow]


class Month(Open):
    month: str | None
    as_actor: int
    as_recipient: int


class EntityPage(Open):
    entity: EntityRow
    events_by_month: list[Month]
    cooccurring: list[dict[str, Any]]
    merges: list[dict[str, Any]]
    articles: list[ArticleRow]
    articles_total: int
    quotes_by: list[dict[str, Any]]
    quotes_by_total: int
    quotes_about: list[dict[str, Any]]
    quotes_about_total: int
    include_unrealised: bool


class Quotes(Page):
    speaker: str
    items: list[dict[str, Any]]


class Facet(BaseModel):
    value: str
    count: int


class Events(Page):
    filters: dict[str, Any]
    facets: dict[str, list[Facet]]
    items: list[dict[str, Any]]


class Dyad(Open):
    a: str
    b: str
    total: int
    unrealised: int
    by_direction: dict[str, int]
    by_type: dict[str, int]
    by_quad: dict[str, int]
    months: list[dict[str, Any]]
    mean_score: float | None
    events: list[dict[str, Any]]


class Edge(BaseModel):
    source: str
    target: str
    count: int
    mean_score: float | None
    quad: str
    by_quad: dict[str, int]


class Node(BaseModel):
    id: str
    as_actor: int
    as_recipient: int


class Network(BaseModel):
    filters: dict[str, Any]
    nodes: list[Node]
    edges: list[Edge]
    truncated: bool


class Place(BaseModel):
    id: str | None
    name: str | None
    code: str | None
    count: int
    lat: float | None = None
    lon: float | None = None
    numeric: str | None = None


class MapData(BaseModel):
    filters: dict[str, Any]
    places: list[Place]


class Stories(BaseModel):
    items: list[dict[str, Any]]


class RelatedStories(BaseModel):
    since: str | None = None
    until: str | None = None
    items: list[dict[str, Any]]
