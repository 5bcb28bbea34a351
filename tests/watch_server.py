"""A news site on 127.0.0.1 for the watch tests and bench/watch.py: feeds that change when told, a slow feed,
failing feeds, a feed redirecting to another private address, link-only items (one under a path robots.txt
disallows, one on the other private address), a sitemap, pages with ETags; and, on 127.0.0.2, the "internal
service" that must never be reached. Every request is logged.

The watcher is told to trust 127.0.0.1:PORT (the sources file's ``private`` option), as an operator would an
intranet; everything on 127.0.0.2 stays behind the SSRF guard. Both are loopback addresses, so the guard refuses
127.0.0.2 for the same reason it refuses any private address: the test exercises the real check, not a stub.
"""

from __future__ import annotations

import hashlib
import html
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

TOPICS = [
    ("L'OTAN et le Japon renforcent leur coopération", "OTAN Japon coopération défense Tokyo Bruxelles"),
    ("Le port de Marseille bat un record de trafic", "port conteneurs trafic Marseille record"),
    ("La bibliothèque de Lyon rouvre après travaux", "bibliothèque Lyon lecteurs travaux réouverture"),
    ("Les vendanges commencent en Bourgogne", "vendanges Bourgogne vignerons raisin récolte"),
]


WORDS = (
    "le conseil a voté mardi un budget pour les écoles de la région après des mois de débats entre élus maires "
    "syndicats parents enseignants ministère subventions travaux chantier calendrier hiver printemps routes ponts "
    "gares trains bus vélos pistes parcs jardins marchés commerces artisans usines emplois salaires impôts taxes "
    "prix loyers logements quartiers villages villes communes départements agriculteurs récoltes pluies sécheresse "
    "rivières barrages ports navires pêcheurs musées théâtres festivals concerts bibliothèques hôpitaux médecins "
    "patients urgences pompiers police tribunal juges avocats enquête rapport chiffres hausse baisse record"
).split()


def article_text(n: int) -> tuple[str, str]:
    """A title and a body of about 90 words for article ``n``, its words drawn for ``n`` (two articles share no
    run of four words, so that no two of them are taken for copies of one story)."""
    import random

    title, words = TOPICS[n % len(TOPICS)]
    title = f"{title} (numéro {n})"
    rng = random.Random(n)
    sentences = [" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "." for _ in range(7)]
    body = f"Article numéro {n}. {words.capitalize()} : " + " ".join(sentences)
    return title, body


def page(n: int) -> str:
    title, body = article_text(n)
    return (
        f"<html><head><title>{html.escape(title)}</title></head><body><article><h1>{html.escape(title)}</h1>"
        f"<p>{html.escape(body)}</p></article></body></html>"
    )


def rss(items: list[str]) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test</title>'
        f"<link>http://example.test/</link><description>t</description>{''.join(items)}</channel></rss>"
    )


@dataclass
class Site:
    """What the site serves; the test changes ``generation`` to publish more items."""

    port2: int = 0
    generation: int = 1
    per_generation: int = 3
    slow_seconds: float = 1.0
    extra: list[tuple[str, str, str]] = field(default_factory=list)  # (guid, title, body) added to the news feed
    requests: list[tuple[str, str, float]] = field(default_factory=list)  # (host:port, path, time)
    statuses: dict[int, int] = field(default_factory=dict)  # answers sent, by status
    lock: threading.Lock = field(default_factory=threading.Lock)

    def full_items(self) -> list[str]:
        out = []
        for n in range(self.generation * self.per_generation):
            title, body = article_text(n)
            out.append(
                f"<item><title>{html.escape(title)}</title><guid>news-{n}</guid><link>/articles/{n}.html</link>"
                f"<description>{html.escape(body)}</description></item>"
            )
        for guid, title, body in self.extra:
            out.append(
                f"<item><title>{html.escape(title)}</title><guid>{guid}</guid>"
                f"<description>{html.escape(body)}</description></item>"
            )
        return out

    def teaser_items(self) -> list[str]:
        out = [
            f"<item><title>Teaser {n}</title><guid>teaser-{n}</guid><link>/articles/{n}.html</link></item>"
            for n in range(100, 100 + self.generation)
        ]
        out.append("<item><title>Secret</title><guid>secret</guid><link>/private/secret.html</link></item>")
        out.append(
            f"<item><title>Internal</title><guid>internal</guid><link>http://127.0.0.2:{self.port2}/admin</link></item>"
        )
        return out

    def answer(self, path: str) -> tuple[int, dict[str, str], str]:
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, "User-agent: *\nDisallow: /private/\n"
        if path == "/feeds/news.xml":
            return 200, {"Content-Type": "application/rss+xml"}, rss(self.full_items())
        if path == "/feeds/teasers.xml":
            return 200, {"Content-Type": "application/rss+xml"}, rss(self.teaser_items())
        if path == "/feeds/slow.xml":
            time.sleep(self.slow_seconds)
            n = 200 + self.generation
            title, body = article_text(n)
            item = f"<item><title>{title}</title><guid>slow-{n}</guid><description>{body}</description></item>"
            return 200, {"Content-Type": "application/rss+xml"}, rss([item])
        if path == "/feeds/broken.xml":
            return 500, {"Content-Type": "text/plain"}, "internal error"
        if path == "/feeds/garbage.xml":
            return 200, {"Content-Type": "application/rss+xml"}, "<rss><channel><item><title>cut"
        if path == "/feeds/redirect.xml":
            return 302, {"Location": f"http://127.0.0.2:{self.port2}/feed.xml"}, ""
        if path == "/sitemap.xml":
            urls = "".join(f"<url><loc>/articles/{n}.html</loc></url>" for n in range(300, 300 + self.generation))
            return (
                200,
                {"Content-Type": "application/xml"},
                (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'),
            )
        if path.startswith("/articles/") and path.endswith(".html"):
            return 200, {"Content-Type": "text/html; charset=utf-8"}, page(int(path.split("/")[-1][:-5]))
        if path.startswith("/private/"):
            return 200, {"Content-Type": "text/html"}, page(999)
        return 404, {"Content-Type": "text/plain"}, "not found"


def handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            host = f"{self.server.server_address[0]}:{self.server.server_address[1]}"
            path = urlsplit(self.path).path
            with site.lock:
                site.requests.append((host, path, time.monotonic()))
            if host.startswith("127.0.0.2"):
                status, headers, body = 200, {"Content-Type": "application/rss+xml"}, rss([])
            else:
                status, headers, body = site.answer(path)
            data = body.encode("utf-8")
            etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
            if status == 200 and self.headers.get("If-None-Match") == etag:
                with site.lock:
                    site.statuses[304] = site.statuses.get(304, 0) + 1
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            with site.lock:
                site.statuses[status] = site.statuses.get(status, 0) + 1
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            if status == 200:
                self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client closing a kept-alive connection is no error of the site


class Servers:
    """The site on 127.0.0.1 and the internal service on 127.0.0.2, each on a free port, served in threads."""

    def __init__(self) -> None:
        self.site = Site()
        self.inside = QuietServer(("127.0.0.2", 0), handler(self.site))
        self.site.port2 = self.inside.server_address[1]
        self.outside = QuietServer(("127.0.0.1", 0), handler(self.site))
        self.port = self.outside.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        for server in (self.inside, self.outside):
            threading.Thread(target=server.serve_forever, daemon=True).start()

    def close(self) -> None:
        for server in (self.inside, self.outside):
            server.shutdown()
            server.server_close()

    def sources(self) -> str:
        """The sources file of the tests: the site trusted, the 127.0.0.2 feed not."""
        lines = [
            f"{self.base}{p} every=1s private"
            for p in (
                "/feeds/news.xml",
                "/feeds/teasers.xml",
                "/feeds/slow.xml",
                "/feeds/broken.xml",
                "/feeds/garbage.xml",
                "/feeds/redirect.xml",
                "/sitemap.xml",
            )
        ]
        lines.append(f"http://127.0.0.2:{self.site.port2}/feed.xml every=1s   # not trusted: never fetched")
        return "\n".join(lines) + "\n"

    def hits(self, prefix: str) -> list[tuple[str, str, float]]:
        with self.site.lock:
            return [r for r in self.site.requests if r[0].startswith(prefix) or r[1].startswith(prefix)]


def watcher(store: Any, sources: str, settings: Any, targets: tuple[str, ...] = (), alerts: str = "") -> Any:
    """A :class:`veille.watch.Watcher` on ``store`` for the sources file ``sources`` (its sources registered) and
    the alerts file ``alerts``, delivering to ``targets``, reporting nothing."""
    from veille.store import watchstate as state
    from veille.watch import Watcher, parse_alerts, parse_sources

    specs = parse_sources(sources, "sources.txt", 900)
    state.upsert_sources(store.conn, [(s.url, s.kind, s.interval, s.trusted) for s in specs], only=True)
    return Watcher(store, settings, parse_alerts(alerts, "a.toml") if alerts else [], targets, report=lambda _: None)
