"""ASGI middleware of the server: HEAD answered as GET without a body, a form's empty fields dropped from the
query, and the security headers of every response (a strict Content-Security-Policy: scripts, styles and data
from this server only)."""

from __future__ import annotations

from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: every resource from this server: no inline script or style, no plugin, no framing, forms post here only
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class Secure:
    """Adds the security headers to every response; answers HEAD like GET, without the body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}
        query = scope.get("query_string", b"")
        if b"=&" in query + b"&" and not scope["path"].endswith(".json"):
            # a page's form sends its empty fields, which are no filter: "type=&actor=JPN" is "actor=JPN" (the
            # API, described by the OpenAPI document, keeps refusing an empty value)
            kept = [part for part in query.split(b"&") if part and not part.endswith(b"=")]
            scope = {**scope, "query_string": b"&".join(kept)}

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in HEADERS}
                kept: list[Any] = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = {**message, "headers": kept + HEADERS}
            elif message["type"] == "http.response.body" and head:
                message = {**message, "body": b""}
            await send(message)

        await self.app(scope, receive, secured)
