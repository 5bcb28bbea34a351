"""The metadata of an HTML page that an article needs (title, authors, date, URL), from trafilatura's
metadata readers and htmldate, on the page's one parsed tree.

trafilatura's ``extract_metadata`` also reads the site name, categories, tags and licence, which Veille
does not keep; on ScrapingHub pages those cost about a third of its time, so only the four readers
Veille needs are called here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: htmldate looks for the publication (not modification) date, first in the page's markup only: the
#: free-text search (extensive_search) costs ~20% of the extraction time on ScrapingHub pages, so it only
#: runs when the markup has no date.


@dataclass
class PageMeta:
    title: str | None
    author: str | None
    date: str | None
    url: str | None


def page_metadata(tree: HtmlElement, url: str | None) -> PageMeta:
    """Title, author string (from meta tags and JSON-LD), publication date (YYYY-MM-DD) and canonical URL
    of a parsed page.

    trafilatura's search of the page's elements for an author (class or id "author", "byline"...) is left
    out: it copies and prunes the whole tree (2-40 ms on a quarter of ScrapingHub pages), and
    :mod:`veille.extract.html` reads the same markup in the pass it makes for bylines."""
    from htmldate import find_date
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url

    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:  # a user name, not a person's name (as trafilatura does)
        meta.author = None
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # trafilatura's JSON-LD reader fails on malformed JSON; markup remains
        pass
    meta.title = meta.title or extract_title(tree)
    meta.url = meta.url or extract_url(tree, url)
    date = find_date(tree, url=meta.url, extensive_search=False, original_date=True)
    if not date:  # the markup has no date: search the text of the page too (slower, so only now)
        date = find_date(tree, url=meta.url, extensive_search=True, original_date=True)
    meta.clean_and_trim()
    return PageMeta(title=meta.title or None, author=meta.author or None, date=date or None, url=meta.url)
