"""Every page has a JSON twin: :func:`twin` registers one function under two paths, ``PATH.json`` (the data,
validated against its response model and described in the OpenAPI document) and ``PATH`` (the same data
rendered by a template)."""

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
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register the decorated function (``request`` first, then its query and path parameters; it returns the
    data) as ``PATH.json`` and as the HTML page ``PATH``; ``extend`` adds what only the page shows."""

    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        summary = (fn.__doc__ or "").strip().splitlines()[0] if fn.__doc__ else None
        router.add_api_route(
            path + ".json",
            fn,
            methods=["GET"],
            response_model=model,
            responses=ERRORS,
            summary=summary,
            name=f"{fn.__name__}_json",
        )

        @functools.wraps(fn)
        def page(request: Request, *args: Any, **kwargs: Any) -> HTMLResponse:
            data = fn(request, *args, **kwargs)
            name = title(data) if callable(title) else title
            extra = extend(request, data) if extend else {}
            return render(request, template, name, data, **extra)

        router.add_api_route(
            path, page, methods=["GET"], response_class=HTMLResponse, include_in_schema=False, name=fn.__name__
        )
        return fn

    return register
