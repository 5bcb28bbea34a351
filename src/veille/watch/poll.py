"""One poll of one source: fetch it (conditionally: ETag, Last-Modified), tell what it is (a feed, a sitemap, a
page), list its items with stable ids, and bring the documents of the new ones (a feed item's own text, or its
page fetched politely through the same :class:`~veille.sources.web.Fetcher`: robots.txt, per-host delay, the SSRF
guard).

Item ids: a feed entry's id (or guid, else its link); a sitemap's ``<loc>``; a page's content hash (a page that
changes is a new item).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin

from lxml import etree

from ..errors import InputError, InvalidRecord
from ..record import Document
from ..sources.decoding import decode_text
from ..sources.feeds import FeedEntry, feed_entries, is_feed
from ..sources.web import Fetcher, NotModified, Page, fetch

#: Child sitemaps of a sitemap index read in one poll (news sites split theirs by day or section).
MAX_CHILD_SITEMAPS = 10
#: URLs taken from one sitemap: a news sitemap lists the last two days' articles (Google caps them at 1,000).
MAX_SITEMAP_URLS = 5000


@dataclass
class Item:
    """An item of a source: its id, its URL, and its document when the source carries it (a feed item's text, a
    page)."""

    id: str
    url: str | None
    document: Document | None = None
    entry: FeedEntry | None = None


@dataclass
class Poll:
    """What one poll found: the kind of source, its items (in the source's order), the new validators; ``changed``
    False when the server said nothing changed (HTTP 304)."""

    kind: str
    items: list[Item] = field(default_factory=list)
    etag: str | None = None
    modified: str | None = None
    changed: bool = True


def is_sitemap(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return "<urlset" in head or "<sitemapindex" in head


def sitemap_urls(text: str, source: str) -> tuple[list[str], list[str]]:
    """(page URLs, child sitemap URLs) of a sitemap; InvalidRecord when it is not readable XML."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    try:
        root = etree.fromstring(text.encode("utf-8"), parser=parser)
    except etree.XMLSyntaxError as exc:
        raise InvalidRecord(f"invalid sitemap XML: {exc}", source=source) from exc
    if root is None:
        raise InvalidRecord("invalid sitemap XML", source=source)
    locs = [(el.text or "").strip() for el in root.iter() if isinstance(el.tag, str) and el.tag.endswith("loc")]
    locs = [loc for loc in locs if loc]
    if etree.QName(root).localname == "sitemapindex":
        return [], locs
    return locs[:MAX_SITEMAP_URLS], []


def decoded(page: Page, source: str) -> str:
    charset = re.search(r"charset=([\w.:-]+)", page.content_type, re.I)
    return decode_text(page.body, source, charset.group(1) if charset else None)[0]


def poll(fetcher: Fetcher, url: str, kind: str, etag: str | None, modified: str | None) -> Poll:
    """Fetch a source and list its items (InputError when it cannot be fetched or read)."""
    try:
        page = fetcher.get(url, source=url, etag=etag, modified=modified)
    except NotModified:
        return Poll(kind, changed=False)
    text = decoded(page, url)
    if kind == "feed" or kind == "auto" and is_feed(text):
        found = Poll("feed", etag=page.etag, modified=page.last_modified)
        for entry in feed_entries(text, url):
            link = urljoin(page.url, entry.link) if entry.link else None
            found.items.append(Item(entry.id, link, entry=replace(entry, link=link)))
        return found
    if kind == "sitemap" or kind == "auto" and is_sitemap(text):
        found = Poll("sitemap", etag=page.etag, modified=page.last_modified)
        urls, children = sitemap_urls(text, url)
        for child in children[:MAX_CHILD_SITEMAPS]:
            try:
                urls += sitemap_urls(decoded(fetcher.get(child, source=child), child), child)[0]
            except InputError:
                continue  # one child that fails leaves the others
        found.items = [Item(u, urljoin(page.url, u)) for u in dict.fromkeys(urls)][:MAX_SITEMAP_URLS]
        return found
    digest = hashlib.sha256(page.body).hexdigest()[:24]
    content = "html" if "html" in page.content_type or text.lstrip()[:1] == "<" else "text"
    doc = Document(source=url, content_type=content, text=text, url=page.url)
    return Poll("page", [Item(f"page:{digest}", page.url, doc)], page.etag, page.last_modified)


def documents(fetcher: Fetcher, item: Item, source: str) -> list[Document | InputError]:
    """The documents of a new item: the one it carries, else its page fetched (an error when it cannot be)."""
    name = f"{source}#{item.id}"
    if item.document is not None:
        return [item.document]
    if item.entry is not None:
        doc = item.entry.document(name)
        if doc is not None:
            return [doc]
    if not item.url:
        return [InvalidRecord("the item has neither text nor link", source=name)]
    return list(fetch(item.url, fetcher.settings, source=name, fetcher=fetcher))[:1]


__all__ = ["Item", "Poll", "poll", "documents", "is_sitemap", "sitemap_urls", "MAX_CHILD_SITEMAPS"]
