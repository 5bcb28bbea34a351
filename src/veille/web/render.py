"""HTML pages from Jinja2 templates (``templates/``, autoescaped: a stored title, quote or name is always text,
never markup) in one base layout; the helpers templates use to build links and pagers."""

from __future__ import annotations

import urllib.parse
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..plover import quad_classes
from .highlight import entity_href

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"

#: the colour of each quad class in every chart and graph (colour-blind safe: blue/teal cooperation,
#: orange/red conflict)
QUAD_COLOURS = {
    "verbal cooperation": "#4e79a7",
    "material cooperation": "#59a14f",
    "verbal conflict": "#f28e2b",
    "material conflict": "#e15759",
    "unknown": "#9c9c9c",
}


def short(text: Any, width: int = 90) -> str:
    """``text`` on one line, cut to ``width`` characters."""
    flat = " ".join(str(text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def web_url(url: Any) -> str | None:
    """``url`` when it is an http(s) address (a stored ``javascript:`` URL never becomes a link)."""
    text = str(url or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None


def with_params(request: Request, **changes: Any) -> str:
    """This page's path and query with some parameters changed (None removes one; offset 0 is dropped)."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None or value == "" or (key == "offset" and value == 0):
            params.pop(key, None)
        else:
            params[key] = str(value)
    query = urllib.parse.urlencode(params)
    return raw_path(request) + (f"?{query}" if query else "")


def raw_path(request: Request) -> str:
    """The path as the client sent it (still percent-encoded: an entity id keeps its encoded characters)."""
    raw = request.scope.get("raw_path")
    return raw.decode("latin-1") if raw else urllib.parse.quote(request.url.path)


def twin_href(request: Request) -> str:
    """The JSON twin of this page: its path with ``.json`` (``/index.json`` for ``/``), the same query."""
    path = raw_path(request).rstrip("/") or "/index"
    return path + ".json" + (f"?{request.url.query}" if request.url.query else "")


#: what a dict's attribute names a template may ask for (its methods): any other name is one of its keys
DICT_ATTRIBUTES = frozenset(dir(dict))


class Templates(Environment):
    """Jinja2's environment, reading ``row.name`` off a dict as ``row["name"]`` first. Jinja tries the attribute
    first and the key after it: for a dict, an AttributeError raised and caught at every field of every row (a
    third of a 160-event page's rendering, bench/web.py). Same result: a dict has no attribute but its methods'."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


ENV = Templates(
    loader=FileSystemLoader(str(TEMPLATES)),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
ENV.filters["short"] = short
ENV.filters["web_url"] = web_url
ENV.filters["entity_href"] = entity_href
ENV.filters["quote_url"] = lambda value: urllib.parse.quote(str(value), safe="")
ENV.globals["with_params"] = with_params
ENV.globals["quad_colours"] = QUAD_COLOURS
ENV.globals["quad_of"] = lambda event_type: quad_classes().get(event_type or "", "unknown")


def render(request: Request, template: str, title: str, data: Any, status: int = 200, **extra: Any) -> HTMLResponse:
    """The page ``template`` renders for ``data`` in the base layout."""
    html = ENV.get_template(template).render(
        request=request, title=title, data=data, json_href=twin_href(request), **extra
    )
    return HTMLResponse(html, status_code=status)
