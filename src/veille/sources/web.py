"""Pages (and feeds) fetched from the web, within the settings' time and size limits."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections.abc import Iterator

from ..config import Settings
from ..errors import InputError, InputNotFound, InputTooLarge
from ..record import Document
from .decoding import decode_text
from .feeds import is_feed, parse_feed

USER_AGENT = "veille/0.1 (+https://pypi.org/project/veille/)"


def is_url(item: str) -> bool:
    return item.startswith(("http://", "https://"))


def fetch(url: str, settings: Settings, *, source: str | None = None) -> Iterator[Document | InputError]:
    """Fetch a web page (or a feed) within the settings' time and size limits."""
    source = source or url
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/plain;q=0.8",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=settings.fetch_timeout) as response:
            data = response.read(settings.max_bytes + 1)
            ctype = response.headers.get("Content-Type", "")
            final = response.geturl()
    except urllib.error.HTTPError as exc:
        yield InputNotFound(f"the server answered HTTP {exc.code} {exc.reason}", source=source)
        return
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        yield InputNotFound(f"could not be fetched ({reason})", source=source)
        return
    if len(data) > settings.max_bytes:
        yield InputTooLarge(f"larger than the size limit of {settings.max_bytes} bytes", source=source)
        return
    charset = re.search(r"charset=([\w.:-]+)", ctype, re.I)
    try:
        text, encoding = decode_text(data, source, charset.group(1) if charset else None)
    except InputError as exc:
        yield exc
        return
    if "xml" in ctype and is_feed(text) or is_feed(text) and "html" not in ctype:
        yield from parse_feed(text, source)
    elif "html" in ctype or text.lstrip()[:1] == "<":
        yield Document(source=source, content_type="html", text=text, url=final, encoding=encoding)
    else:
        yield Document(source=source, content_type="text", text=text, url=final, encoding=encoding)
