"""The web UI and HTTP API over a store (``veille serve``): a FastAPI application (:mod:`.app`) whose pages
(:mod:`.routes_articles`, :mod:`.routes_entities`, :mod:`.routes_events`) each have a JSON twin (:mod:`.twins`),
rendered by Jinja2 templates (:mod:`.render`, ``templates/``), served by uvicorn (:mod:`.server`); the store is
opened read-only (:mod:`.stores`). Article texts are highlighted by :mod:`.highlight`; the map's coordinates come
from :mod:`.geo`; the JavaScript libraries are vendored from the npm registry (``assets/``, ``make assets``)."""

from .app import create_app
from .server import make_server

__all__ = ["create_app", "make_server"]
