"""Every page has a JSON twin: :func:`twin` registers one function under two paths, ``PATH.json`` (the data,
validated against its response model and described in the OpenAPI document) and ``PATH`` (the same data
rendered by a template). Both read the same data, computed once per version of the store (the page's path
and parameters are its key in the application's ``pages`` memo) unless ``shared=False``."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from .models import Error
from .render import render

#: the errors every route may answer, documented in the OpenAPI document
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Error, "description": "a parameter the store refuses (an unknown event type, a bad date...)"},
    404: {"model": Error, "description": "no such item"},
}

Extend = Callable[[Request, Any], dict[str, Any]]


def twin(
    router: APIRouter,
    path: str,
    *,
    model: Any,
    template: str,
    title: Callable[[Any], str] | str,
    extend: Extend | None = None,
    shared: bool = True,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register the decorated function (``request`` first, then its query and path parameters; it returns the
    data) as ``PATH.json`` and as the HTML page ``PATH``; ``extend`` adds what only the page shows. ``shared``:
    the data is kept for the twin (False for large data quick to read, such as one article's record)."""

    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        summary = (fn.__doc__ or "").strip().splitlines()[0] if fn.__doc__ else None
        read = once(fn, path) if shared else fn
        router.add_api_route(
            path + ".json",
            read,
            methods=["GET"],
            response_model=model,
            responses=ERRORS,
            summary=summary,
            name=f"{fn.__name__}_json",
        )

        @functools.wraps(fn)
        def page(request: Request, *args: Any, **kwargs: Any) -> HTMLResponse:
            data = read(request, *args, **kwargs)
            name = title(data) if callable(title) else title
            extra = extend(request, data) if extend else {}
            return render(request, template, name, data, **extra)

        router.add_api_route(
            path, page, methods=["GET"], response_class=HTMLResponse, include_in_schema=False, name=fn.__name__
        )
        return fn

    return register


def once(fn: Callable[..., Any], path: str) -> Callable[..., Any]:
    """``fn`` reading its data through the application's ``pages`` memo, keyed by ``path`` and the parameters."""

    @functools.wraps(fn)
    def read(request: Request, *args: Any, **kwargs: Any) -> Any:
        key = (path, args, tuple(sorted(kwargs.items())))
        return request.app.state.pages(key, lambda: fn(request, *args, **kwargs))

    return read
