"""News feeds (RSS 0.9x/1.0/2.0, RDF, Atom) as Documents, read by feedparser.

A feed item that carries its article (``content:encoded``, Atom ``content``, or a description) becomes an
HTML page with the item's title, date and author in its metadata, so that the HTML extractor finds them.
An item with only a link is fetched with the ``fetch_link`` function the caller gives (:func:`veille.sources.web.fetch`
when fetching is allowed: http(s) links only, never a local file), and otherwise reported as an error naming the item.
"""

from __future__ import annotations

import hashlib
import html
import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import EmptyInput, InputError, InvalidRecord
from ..record import Document

logger = logging.getLogger(__name__)

#: Fetches the page of a feed item that only links to it: ``fetch_link(url, source)``.
LinkFetcher = Callable[[str, str], Iterator[Document | InputError]]

#: A feed item with fewer words is a teaser ("Read the full story"), not the article.
MIN_ITEM_WORDS = 40


def is_feed(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def _iso(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


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


def _content(entry: Any) -> str | None:
    """The article an item carries: its content (the longest), else its summary."""
    contents = [c.get("value") or "" for c in entry.get("content") or []]
    best = max(contents, key=len, default="")
    return (best or entry.get("summary") or "").strip() or None


def _link(entry: Any) -> str | None:
    alternate = [lk.get("href") for lk in entry.get("links") or [] if lk.get("rel", "alternate") == "alternate"]
    return next((h for h in alternate if h), None) or entry.get("link")


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: its stable id (the entry's id or guid, else its link, else a hash of its title and
    text), link, title, date, author and the article text it carries (None for a teaser or no text)."""

    id: str
    link: str | None
    title: str | None
    published: str | None
    author: str | None
    content: str | None

    def document(self, source: str) -> Document | None:
        """The item's article as a page (its metadata in the head), or None when it carries no article."""
        if not self.content:
            return None
        return Document(
            source=source,
            content_type="html",
            text=_page(self.title, self.published, self.author, self.content),
            url=self.link,
        )


def feed_entries(text: str, source: str) -> list[FeedEntry]:
    """The items of a feed (``veille watch`` keeps their ids); InvalidRecord for a feed that cannot be read,
    EmptyInput for one without items."""
    import feedparser

    parsed = feedparser.parse(text.encode("utf-8"), sanitize_html=False, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") and not parsed.get("feed"):
            raise InvalidRecord(f"invalid feed XML: {parsed.get('bozo_exception')}", source=source)
        raise EmptyInput("the feed has no item", source=source)
    found = []
    for entry in entries:
        title, link = entry.get("title"), _link(entry)
        content = _content(entry)
        if content and len(re.sub(r"<[^>]+>", " ", content).split()) < MIN_ITEM_WORDS:
            content = None
        key = entry.get("id") or link or hashlib.sha256(f"{title}\n{content}".encode()).hexdigest()[:24]
        date = _iso(entry.get("published_parsed") or entry.get("updated_parsed"))
        found.append(FeedEntry(str(key), link, title, date, entry.get("author") or None, content))
    return found


def parse_feed(text: str, source: str, *, fetch_link: LinkFetcher | None = None) -> Iterator[Document | InputError]:
    """One Document per feed item (or an InputError naming the item and the reason)."""
    try:
        entries = feed_entries(text, source)
    except InputError as exc:
        yield exc
        return
    for n, entry in enumerate(entries, 1):
        name = f"{source}#item{n}"
        doc = entry.document(name)
        if doc is not None:
            yield doc
        elif entry.link and fetch_link is not None:
            yield from fetch_link(entry.link, name)
        else:
            yield EmptyInput(
                f"the feed item {entry.title or entry.link or ''!r} carries no article text"
                f"{' (its link can be fetched with --fetch)' if entry.link else ''}",
                source=name,
            )


__all__ = ["parse_feed", "feed_entries", "FeedEntry", "is_feed", "LinkFetcher", "MIN_ITEM_WORDS"]
