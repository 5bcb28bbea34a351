"""Pages and feeds fetched from the web, politely and safely (httpx, protego).

A :class:`Fetcher` keeps one HTTP/1.1 client (keep-alive) for a run and, for every URL:

* checks it with the SSRF guard (:mod:`.guard`: http(s) only, no private or local address), again at each redirect,
  which it follows by hand (at most :data:`MAX_REDIRECTS`);
* honours robots.txt (fetched once per host, parsed by protego; its Crawl-delay too) unless told not to;
* waits the per-host delay between two requests to one host;
* retries connection errors, HTTP 429 and 5xx with exponential backoff (``Settings.fetch_retries``);
* reads the body as a stream under one deadline for the whole fetch (a server dripping a byte a second is cut off)
  and the size limit, and fails a body shorter than its Content-Length (a truncated page is never an article);
* sends conditional requests when given an ETag or a Last-Modified date (a 304 is :class:`NotModified`).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from ..config import Settings
from ..errors import FetchError, InputError, InputTooLarge
from ..record import Document
from ..version import __version__
from .decoding import decode_text
from .feeds import is_feed, parse_feed
from .guard import check_url

#: Redirects followed for one fetch (browsers allow 20; news sites use 1-3).
MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)
#: Largest robots.txt read (Google reads 500 KiB).
MAX_ROBOTS_BYTES = 512 * 1024
ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/plain;q=0.8"


def user_agent(contact: str | None = None) -> str:
    """Veille's User-Agent, with the operator's contact when given."""
    extra = f"; {contact}" if contact else ""
    return f"veille/{__version__} (+https://pypi.org/project/veille/{extra})"


def origin(url: str) -> str:
    """``scheme://host:port`` of a URL (the port made explicit)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        port = 0
    return f"{scheme}://{(parts.hostname or '').lower()}:{port}"


def is_url(item: str) -> bool:
    return item.startswith(("http://", "https://"))


@dataclass
class Page:
    """What a fetch brought: the final URL, status, headers and body."""

    url: str
    status: int
    content_type: str
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None  # a redirect's target


class NotModified(Exception):
    """A conditional fetch whose page has not changed (HTTP 304)."""


class Fetcher:
    """One run's fetching (see the module docstring); use it as a context manager, or call :meth:`close`."""

    def __init__(
        self, settings: Settings, transport: httpx.BaseTransport | None = None, trusted: Iterable[str] = ()
    ) -> None:
        self.settings = settings
        #: origins (``scheme://host:port``) the operator vouched for: fetched even when their address is private
        #: (``veille watch``'s ``private`` sources); a redirect or a link to any other private address is refused
        self.trusted = frozenset(origin(url) for url in trusted)
        self.agent = user_agent(settings.contact)
        self.client = httpx.Client(
            headers={"User-Agent": self.agent, "Accept": ACCEPT},
            follow_redirects=False,
            transport=transport,
            timeout=httpx.Timeout(settings.fetch_timeout),
        )
        self.robots: dict[str, Protego | None] = {}  # scheme://host -> parsed robots.txt (None: none)
        self.last: dict[str, float] = {}  # host -> when its last answer ended (set by read)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, *, source: str | None = None, etag: str | None = None, modified: str | None = None) -> Page:
        """Fetch ``url`` (FetchError, UnsafeURL, InputTooLarge on failure; NotModified on a 304)."""
        source = source or url
        deadline = time.monotonic() + self.settings.fetch_timeout
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", modified)) if v}
        for _ in range(MAX_REDIRECTS + 1):
            private_ok = self.settings.allow_private or origin(url) in self.trusted
            check_url(url, allow_private=private_ok, source=source)
            if self.settings.respect_robots and not self.allowed(url, deadline):
                raise FetchError(f"robots.txt of {urlsplit(url).netloc} disallows {url[:100]}", source=source)
            page = self.request(url, headers, deadline, source)
            if page.location is not None:
                url = urljoin(url, page.location)
                continue
            if page.status == 304:
                raise NotModified(url)
            if page.status >= 400:
                raise FetchError(f"the server answered HTTP {page.status}", source=source)
            return page
        raise FetchError(f"more than {MAX_REDIRECTS} redirects", source=source)

    def request(self, url: str, headers: dict[str, str], deadline: float, source: str, limit: int = 0) -> Page:
        """One request, retried with backoff when the failure may pass; the body read under the deadline."""
        limit = limit or self.settings.max_bytes
        for attempt in range(self.settings.fetch_retries + 1):
            self.wait_turn(url, deadline, source)
            try:
                return self.read(url, headers, deadline, source, limit)
            except (httpx.TransportError, RetryableStatus) as exc:
                if attempt == self.settings.fetch_retries or time.monotonic() + 2**attempt > deadline:
                    reason = f"HTTP {exc.status}" if isinstance(exc, RetryableStatus) else type(exc).__name__
                    raise FetchError(f"could not be fetched ({reason}: {str(exc)[:120]})", source=source) from exc
                time.sleep(2**attempt)
        raise AssertionError("unreachable")

    def read(self, url: str, headers: dict[str, str], deadline: float, source: str, limit: int) -> Page:
        left = deadline - time.monotonic()
        if left <= 0:
            raise FetchError(f"no answer within {self.settings.fetch_timeout:g} s", source=source)
        try:
            return self.exchange(url, headers, deadline, source, limit, left)
        finally:  # the per-host delay runs from the end of the answer: a slow server is not asked sooner
            self.last[urlsplit(url).netloc] = time.monotonic()

    def exchange(
        self, url: str, headers: dict[str, str], deadline: float, source: str, limit: int, left: float
    ) -> Page:
        with self.client.stream("GET", url, headers=headers, timeout=httpx.Timeout(left)) as response:
            if response.status_code in (429, 500, 502, 503, 504):
                raise RetryableStatus(response.status_code)
            if response.status_code in REDIRECTS and response.headers.get("Location"):
                return Page(url, response.status_code, "", b"", location=response.headers["Location"])
            declared = response.headers.get("Content-Length")
            chunks, size = [], 0
            for chunk in response.iter_bytes():  # decompressed: the size limit holds against a compression bomb
                size += len(chunk)
                if size > limit:
                    raise InputTooLarge(f"larger than the size limit of {limit} bytes", source=source)
                if time.monotonic() > deadline:
                    raise FetchError(f"the body took longer than {self.settings.fetch_timeout:g} s", source=source)
                chunks.append(chunk)
            encoded = response.headers.get("Content-Encoding", "identity").lower() != "identity"
            got = response.num_bytes_downloaded if encoded else size  # Content-Length counts the bytes sent
            if declared and declared.isdigit() and got < int(declared):
                raise FetchError(f"the body was cut short ({got} of {declared} bytes)", source=source)
            body = b"".join(chunks)
            return Page(
                str(response.url),
                response.status_code,
                response.headers.get("Content-Type", ""),
                body,
                response.headers.get("ETag"),
                response.headers.get("Last-Modified"),
            )

    def wait_turn(self, url: str, deadline: float, source: str) -> None:
        """Sleep until the host may be asked again (the per-host delay, or robots.txt's Crawl-delay)."""
        host = urlsplit(url).netloc
        delay = self.settings.host_delay
        rules = self.robots.get(f"{urlsplit(url).scheme}://{host}")
        if rules is not None:
            delay = max(delay, float(rules.crawl_delay(self.agent) or 0))
        wait = self.last.get(host, -1e9) + delay - time.monotonic()
        if wait > 0:
            if time.monotonic() + wait > deadline:
                raise FetchError(f"{host} asks for {delay:g} s between requests: past the deadline", source=source)
            time.sleep(wait)

    def allowed(self, url: str, deadline: float) -> bool:
        """Whether robots.txt of the URL's host allows it (a host without a readable robots.txt allows all)."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self.robots:
            rules = None
            try:
                page = self.request(f"{site}/robots.txt", {}, deadline, site, MAX_ROBOTS_BYTES)
                if page.status == 200:
                    rules = Protego.parse(page.body.decode("utf-8", "replace"))
            except (InputError, httpx.HTTPError):
                rules = None
            self.robots[site] = rules
        rules = self.robots[site]
        return rules is None or bool(rules.can_fetch(url, self.agent))


class RetryableStatus(Exception):
    """An HTTP status worth a retry (429, 5xx)."""

    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status


def fetch(
    url: str, settings: Settings, *, source: str | None = None, fetcher: Fetcher | None = None
) -> Iterator[Document | InputError]:
    """The documents of a URL: a web page, or the items of a feed (see :class:`Fetcher` for the rules)."""
    source = source or url
    own = fetcher is None
    fetcher = fetcher or Fetcher(settings)
    try:
        page = fetcher.get(url, source=source)
    except InputError as exc:
        yield exc
        return
    finally:
        if own:
            fetcher.close()
    charset = re.search(r"charset=([\w.:-]+)", page.content_type, re.I)
    try:
        text, encoding = decode_text(page.body, source, charset.group(1) if charset else None)
    except InputError as exc:
        yield exc
        return
    ctype = page.content_type
    if "xml" in ctype and is_feed(text) or is_feed(text) and "html" not in ctype:
        yield from parse_feed(text, source)
    elif "html" in ctype or text.lstrip()[:1] == "<":
        yield Document(source=source, content_type="html", text=text, url=page.url, encoding=encoding)
    else:
        yield Document(source=source, content_type="text", text=text, url=page.url, encoding=encoding)


__all__ = ["Fetcher", "Page", "NotModified", "fetch", "is_url", "origin", "user_agent", "MAX_REDIRECTS"]
