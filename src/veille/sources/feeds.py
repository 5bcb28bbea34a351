"""News feeds (RSS 2.0, RSS 1.0/RDF, Atom) as Documents.

A feed item that carries its article (``content:encoded``, Atom ``content``, or a description) becomes an
HTML page with the item's title, date and author in its metadata, so that the HTML extractor finds them.
An item with only a link is fetched with the ``fetch_link`` function the caller gives (:func:`veille.sources.web.fetch`
when fetching is allowed), and otherwise reported as an error naming the item.
"""

from __future__ import annotations

import email.utils
import html
import logging
import re
from collections.abc import Callable, Iterator

from ..errors import EmptyInput, InputError, InvalidRecord
from ..record import Document

logger = logging.getLogger(__name__)

#: Fetches the page of a feed item that only links to it: ``fetch_link(url, source)``.
LinkFetcher = Callable[[str, str], Iterator[Document | InputError]]
ATOM = "{http://www.w3.org/2005/Atom}"
_NS = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "rss1": "http://purl.org/rss/1.0/",
    "atom": "http://www.w3.org/2005/Atom",
}


def is_feed(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def _text(el, path: str) -> str | None:
    found = el.find(path, _NS)
    if found is None:
        return None
    value = "".join(found.itertext()) if len(found) else (found.text or "")
    return value.strip() or None


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()  # RSS: RFC 822 dates
    except (TypeError, ValueError, IndexError):
        match = re.match(r"\d{4}-\d{2}-\d{2}", value)  # Atom: RFC 3339
        return match.group(0) if match else None


def _page(title: str | None, date: str | None, author: str | None, content: str) -> str:
    if not re.search(r"<(p|div|br|article|section)\b", content, re.I):  # plain text: one paragraph a line
        content = "".join(f"<p>{html.escape(line)}</p>" for line in content.splitlines() if line.strip())
    meta = "".join(
        f'<meta {k}="{html.escape(v)}" content="{html.escape(c)}">'
        for k, v, c in (("property", "article:published_time", date), ("name", "author", author))
        if c
    )
    esc = html.escape(title or "")
    return (
        f"<html><head><title>{esc}</title>{meta}</head><body><article><h1>{esc}</h1>{content}</article></body></html>"
    )


def parse_feed(text: str, source: str, *, fetch_link: LinkFetcher | None = None) -> Iterator[Document | InputError]:
    """One Document per feed item (or an InputError naming the item and the reason)."""
    from lxml import etree

    try:
        root = etree.fromstring(
            text.encode("utf-8"),
            parser=etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False),
        )
    except etree.XMLSyntaxError as exc:
        yield InvalidRecord(f"invalid feed XML: {exc}", source=source)
        return
    if root is None:
        yield InvalidRecord("invalid feed XML", source=source)
        return
    if root.tag == f"{ATOM}feed":
        items = root.findall(f"{ATOM}entry")
    else:
        items = root.findall("channel/item") + root.findall("rss1:item", _NS) + root.findall("item")
    if not items:
        yield EmptyInput("the feed has no item", source=source)
        return
    for n, item in enumerate(items, 1):
        name = f"{source}#item{n}"
        if item.tag == f"{ATOM}entry":
            link_el = item.find(f"{ATOM}link[@rel='alternate']")
            if link_el is None:
                link_el = item.find(f"{ATOM}link")
            link = link_el.get("href") if link_el is not None else None
            title, date = (
                _text(item, f"{ATOM}title"),
                _iso(_text(item, f"{ATOM}published") or _text(item, f"{ATOM}updated")),
            )
            author = _text(item, f"{ATOM}author/{ATOM}name")
            content = _text(item, f"{ATOM}content") or _text(item, f"{ATOM}summary")
        else:
            link = _text(item, "link") or _text(item, "rss1:link")
            title = _text(item, "title") or _text(item, "rss1:title")
            date = _iso(_text(item, "pubDate") or _text(item, "dc:date"))
            author = _text(item, "dc:creator") or _text(item, "author")
            content = _text(item, "content:encoded") or _text(item, "description") or _text(item, "rss1:description")
        if content and len(re.sub(r"<[^>]+>", " ", content).split()) >= MIN_ITEM_WORDS:
            yield Document(source=name, content_type="html", text=_page(title, date, author, content), url=link)
        elif link and fetch_link is not None:
            yield from fetch_link(link, name)
        else:
            yield EmptyInput(
                f"the feed item {title or link or ''!r} carries no article text"
                f"{' (its link can be fetched with --fetch)' if link else ''}",
                source=name,
            )


#: A feed item with fewer words is a teaser ("Read the full story"), not the article.
MIN_ITEM_WORDS = 40
