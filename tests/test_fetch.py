"""Fetching safely and politely: the SSRF guard, robots.txt, and servers that misbehave (served on 127.0.0.1)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from veille.config import Settings
from veille.errors import FetchError, InputTooLarge, UnsafeURL
from veille.pipeline import process
from veille.sources import iter_documents
from veille.sources.guard import check_url
from veille.sources.web import Fetcher, NotModified, user_agent

ARTICLE = (
    "<html><body><article><h1>Valbourg</h1><p>Le conseil municipal de Valbourg a voté mardi soir le budget de la "
    "nouvelle médiathèque, après deux heures de débat animé entre la majorité et l'opposition.</p></article>"
    "</body></html>"
)
LOCAL = Settings(allow_private=True, host_delay=0, fetch_retries=0, fetch_timeout=3, analyze=False)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.org/feed.xml",
        "data:text/html,<p>x</p>",
        "http://127.0.0.1:8080/admin",
        "http://localhost/",
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata
        "http://[::1]/",
        "http://0.0.0.0/",
    ],
)
def test_fetch_guard_refuses_other_schemes_and_private_addresses(url):
    with pytest.raises(UnsafeURL):
        check_url(url)


def test_fetch_guard_allows_private_addresses_when_told():
    check_url("http://127.0.0.1:8080/x", allow_private=True)
    with pytest.raises(UnsafeURL):
        check_url("file:///etc/passwd", allow_private=True)  # never another scheme


def mock(handler: Callable[[httpx.Request], httpx.Response]) -> Fetcher:
    return Fetcher(Settings(host_delay=0, fetch_retries=0), transport=httpx.MockTransport(handler))


def test_fetch_a_redirect_to_a_private_address_is_refused():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(302, headers={"Location": "http://127.0.0.1:8080/admin"})

    with mock(handler) as fetcher, pytest.raises(UnsafeURL, match="127.0.0.1"):
        fetcher.get("http://news.example.invalid/story")


def test_fetch_robots_txt_is_honoured_and_the_user_agent_named():
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/robots.txt":
            return httpx.Response(200, text="User-agent: *\nDisallow: /private/\n")
        return httpx.Response(200, text=ARTICLE, headers={"Content-Type": "text/html"})

    with mock(handler) as fetcher:
        assert fetcher.get("http://news.example.invalid/story").status == 200
        with pytest.raises(FetchError, match="robots.txt"):
            fetcher.get("http://news.example.invalid/private/page")
    assert [r.url.path for r in seen] == ["/robots.txt", "/story"]  # robots.txt read once, the page never
    assert seen[1].headers["User-Agent"] == user_agent() and user_agent("ops@example.org").endswith("org)")


def test_fetch_conditional_get():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        if request.headers.get("If-None-Match") == '"v1"':
            return httpx.Response(304)
        return httpx.Response(200, text=ARTICLE, headers={"ETag": '"v1"'})

    with mock(handler) as fetcher:
        page = fetcher.get("http://news.example.invalid/story")
        assert page.etag == '"v1"'
        with pytest.raises(NotModified):
            fetcher.get("http://news.example.invalid/story", etag=page.etag)


def raw_server(respond: Callable[[socket.socket], None]) -> Iterator[str]:
    """A server on 127.0.0.1 answering each connection with ``respond`` (raw bytes: it may misbehave)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            with conn:
                data = conn.recv(65536)
                if b"/robots.txt" in data.split(b"\r\n", 1)[0]:
                    conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    continue
                try:
                    respond(conn)
                except OSError:
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join(timeout=2)
    listener.close()


def truncated(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n" + ARTICLE.encode())


def slow_drip(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
    for _ in range(30):
        conn.sendall(b"x")
        time.sleep(0.5)


def endless(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")
    while True:
        conn.sendall(b"<p>" + b"x" * 65536 + b"</p>")


def malformed(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/9 banana\r\n\r\n<html>")


@pytest.mark.parametrize(
    "respond, error, reason",
    [
        (truncated, FetchError, ""),  # a body cut short is never an article
        (slow_drip, FetchError, ""),  # one byte every half second: cut at the deadline
        (endless, InputTooLarge, "size limit"),
        (malformed, FetchError, ""),
    ],
    ids=["truncated", "slow-drip", "endless", "malformed-status"],
)
def test_fetch_misbehaving_servers_fail_cleanly(respond, error, reason):
    for base in raw_server(respond):
        started = time.monotonic()
        [result] = list(iter_documents([f"{base}/page.html"], LOCAL.with_(max_bytes=1_000_000)))
        assert isinstance(result, error) and reason in str(result)
        assert time.monotonic() - started < 15  # the deadline holds (3 s here), not the server


def test_fetch_feed_links_to_local_files_are_never_read(tmp_path):
    feed = tmp_path / "evil.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
        "<item><title>a</title><link>file:///etc/passwd</link></item>"
        "<item><title>b</title><link>http://169.254.169.254/latest/meta-data/</link></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    outcomes = list(process([str(feed)], Settings(analyze=False, fetch_links=True, host_delay=0)))
    assert [type(o.error) for o in outcomes] == [UnsafeURL, UnsafeURL]


def test_fetch_feed_with_entity_expansion_is_harmless(tmp_path):
    entities = '<!ENTITY l0 "lol">' + "".join(
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )  # "billion laughs": l9 expands to 10^9 "lol"
    feed = tmp_path / "laughs.rss"
    feed.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel><title>t</title>'
        "<item><title>&l9;</title><description>&l9;</description></item></channel></rss>",
        encoding="utf-8",
    )
    outcomes = list(process([str(feed)], Settings(analyze=False)))
    assert outcomes and all(o.error is not None or len(o.article.body) < 100_000 for o in outcomes)


def test_fetch_host_delay_counts_from_the_end_of_the_answer():
    answered: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        answered.append(time.monotonic())  # the answer is made (a slow server: after the request was sent)
        return httpx.Response(200, text=ARTICLE, headers={"Content-Type": "text/html"})

    with mock(handler) as fetcher:
        fetcher.get("http://news.example.invalid/story")
        assert fetcher.last["news.example.invalid"] >= answered[-1]  # the next request waits from here
