"""Feeds (RSS, Atom) and pages fetched over HTTP, served from this machine."""

import functools
import http.server
import threading

import pytest

from veille.config import Settings
from veille.errors import EmptyInput, FetchError, InputTooLarge
from veille.pipeline import process
from veille.record import Document
from veille.sources import iter_documents

BODY = (
    "Les maires de la vallée ont obtenu mardi la réouverture de la ligne ferroviaire entre les deux villes, "
    "fermée depuis trois ans, après une longue mobilisation des habitants et des associations d’usagers. "
    "Les premiers trains circuleront dès le mois prochain, à raison de six allers-retours par jour, "
    "a précisé la région, qui finance l’essentiel des travaux."
)

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Le Courrier de la Vallée</title>
<item><title>La ligne de train rouvre entre les deux villes</title><link>http://example.invalid/train</link>
<pubDate>Tue, 04 Mar 2025 10:00:00 +0100</pubDate><dc:creator>Julie Marchal</dc:creator>
<content:encoded><![CDATA[<p>{BODY}</p>]]></content:encoded></item>
<item><title>Un teaser seulement</title><link>LINK</link><description>Lire la suite.</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Courier</title>
<entry><title>Rail line reopens</title><link rel="alternate" href="http://example.invalid/rail"/>
<published>2025-03-04T09:00:00Z</published><author><name>Julie Marchal</name></author>
<content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry></feed>"""


@pytest.fixture
def server(tmp_path):
    (tmp_path / "page.html").write_text(
        f"<html><head><title>Train</title></head><body><article><h1>La ligne rouvre"
        f"</h1><p>{BODY}</p></article></body></html>",
        encoding="utf-8",
    )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *a: None
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", tmp_path
    httpd.shutdown()


def test_feeds_rss_items_become_articles_with_metadata(tmp_path):
    path = tmp_path / "news.rss"
    path.write_text(RSS.replace("LINK", "http://example.invalid/teaser"), encoding="utf-8")
    outcomes = list(process([str(path)], Settings(analyze=False)))
    assert [o.ok for o in outcomes] == [True, False]
    art = outcomes[0].article
    assert art.title == "La ligne de train rouvre entre les deux villes"
    assert art.published == "2025-03-04" and art.authors == ["Julie Marchal"]
    assert art.url == "http://example.invalid/train" and art.body.startswith("Les maires de la vallée")
    assert isinstance(outcomes[1].error, EmptyInput) and "--fetch" in str(outcomes[1].error)


def test_feeds_atom_entry(tmp_path):
    path = tmp_path / "news.atom"
    path.write_text(ATOM, encoding="utf-8")
    [outcome] = list(process([str(path)], Settings(analyze=False)))
    assert outcome.ok and outcome.article.title == "Rail line reopens"
    assert outcome.article.published == "2025-03-04"


LOCAL = Settings(allow_private=True, host_delay=0)  # the test server listens on 127.0.0.1


def test_feeds_url_is_fetched_and_feed_links_followed(server, tmp_path):
    base, root = server
    docs = list(iter_documents([f"{base}/page.html"], LOCAL))
    assert isinstance(docs[0], Document) and docs[0].url == f"{base}/page.html"
    feed = tmp_path / "links.rss"
    feed.write_text(RSS.replace("LINK", f"{base}/page.html"), encoding="utf-8")
    outcomes = list(process([str(feed)], LOCAL.with_(analyze=False, fetch_links=True)))
    assert [o.ok for o in outcomes] == [True, True]
    assert outcomes[1].article.url == f"{base}/page.html"


def test_feeds_fetch_errors_are_clear(server):
    base, root = server
    missing = list(iter_documents([f"{base}/nope.html"], LOCAL))
    assert isinstance(missing[0], FetchError) and "HTTP 404" in str(missing[0]) and missing[0].code == "E112"
    closed = list(iter_documents(["http://127.0.0.1:9/x"], LOCAL.with_(fetch_timeout=2, fetch_retries=0)))
    assert isinstance(closed[0], FetchError) and "could not be fetched" in str(closed[0])
    (root / "big.html").write_text("<p>" + "mot " * 2000 + "</p>")
    big = list(iter_documents([f"{base}/big.html"], LOCAL.with_(max_bytes=1000)))
    assert isinstance(big[0], InputTooLarge)
