"""Clean article from an HTML page: trafilatura for the text and metadata (it uses htmldate for the
date), plus the image captions (figcaption, alt text), which trafilatura drops, and the removed text kept
for audit.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from ..errors import NoArticle
from ..record import Article
from .lexicon import alternation, per_languages, words
from .textclean import fold, parse_byline

if TYPE_CHECKING:
    from lxml.html import HtmlElement

logger = logging.getLogger(__name__)

#: Alt texts shorter than this are labels ("logo", "photo de profil"), not captions. Tuned by hand on
#: the dev corpus and a sample of ScrapingHub pages.
ALT_MIN_WORDS = 5
#: Text blocks of the page shorter than this are not worth keeping in the audit list (menus, buttons).
AUDIT_MIN_CHARS = 20
#: At most this many removed blocks are kept for audit on one page.
AUDIT_MAX_BLOCKS = 200

#: htmldate settings for the first pass: the publication (not modification) date from the page's markup.
#: The free-text search (extensive_search) costs ~20% of the extraction time on ScrapingHub pages, so it
#: only runs when the markup has no date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@per_languages
def _author_separators() -> re.Pattern[str]:
    """What separates two authors in the page's author metadata: ';' or 'and'."""
    return re.compile(rf";|\s+(?:{alternation('conjunctions')})\s+")


_BLOCKS = "//p|//li|//h1|//h2|//h3|//h4|//blockquote|//td|//figcaption|//dd"


def _captions(tree: HtmlElement) -> list[str]:
    captions: list[str] = []
    seen: set[str] = set()

    def add(text: str | None) -> None:
        text = " ".join((text or "").split())
        key = fold(text)
        if text and key not in seen and not any(key in s for s in seen):
            seen.add(key)
            captions.append(text)

    # figures and images inside a link are teasers for other articles, not this article's pictures
    for fig in tree.xpath("//figcaption[not(ancestor::a)]"):
        add(fig.text_content())
    for img in tree.xpath("//img[@alt][not(ancestor::a)]"):
        alt = img.get("alt")
        if len(alt.split()) >= ALT_MIN_WORDS:
            add(alt)
    return captions


#: a standfirst has at least this many words (shorter "summary" boxes are labels)
STANDFIRST_MIN_WORDS = 8
#: byline elements longer than this are author bios, not bylines
BYLINE_MAX_WORDS = 16


def _classes(el: HtmlElement) -> set[str]:
    return set((el.get("class") or "").lower().split())


def _markup(tree: HtmlElement) -> tuple[list[str], list[str]]:
    """(byline texts, standfirst candidates) from news-template markup, in one pass over the page."""
    bylines, standfirsts = [], []
    for el in tree.xpath("//*[@class or @rel or @itemprop]"):
        classes = _classes(el)
        if el.get("rel") == "author" or el.get("itemprop") == "author" or classes & words("byline_classes"):
            text = " ".join(el.text_content().split())
            if text and len(text.split()) <= BYLINE_MAX_WORDS:
                bylines.append(text)
        elif classes & words("standfirst_classes") and el.tag not in ("body", "html", "article", "main"):
            text = " ".join(el.text_content().split())
            if len(text.split()) >= STANDFIRST_MIN_WORDS:
                standfirsts.append(text)
    return bylines, standfirsts


def _markup_authors(bylines: list[str]) -> list[str]:
    """Authors named in byline markup (rel=author, itemprop=author, class=byline...)."""
    names: list[str] = []
    for text in bylines:
        for name in parse_byline(text) or []:
            if name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
    return names


def extract_html(
    html: str | bytes, *, source: str = "-", url: str | None = None, favor_precision: bool = True
) -> Article:
    """Extract the article of an HTML page. Raises :class:`NoArticle` when the page has none."""
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise NoArticle("the HTML could not be parsed", source=source)
    captions = _captions(tree)
    doc = bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        favor_precision=favor_precision,
        include_tables=True,
        date_extraction_params=_DATE_PARAMS,
    )
    if doc is None or isinstance(doc, dict) or not doc.text or not doc.text.strip():
        raise NoArticle("no article text found in the HTML page", source=source)
    text = doc.text
    caption_keys = {fold(c) for c in captions}
    # the headline is the title, not a paragraph; captions are captions
    skip = caption_keys | {fold(doc.title or "")}
    paragraphs = [p.strip() for p in text.split("\n") if p.strip() and fold(p) not in skip]
    if not paragraphs:
        raise NoArticle("no article text found in the HTML page", source=source)
    published = doc.date or None
    if not published:  # metadata had no date: search the text of the page too (slower, so only now)
        from htmldate import find_date

        published = find_date(tree, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
    authors = [a.strip() for a in _author_separators().split(doc.author or "") if a.strip()]
    bylines, standfirsts = _markup(tree)
    marked = _markup_authors(bylines)
    if marked and {a.casefold() for a in authors} <= {m.casefold() for m in marked}:
        authors = marked  # the byline markup names everyone; metadata often names only the first author
    kept_keys = {fold(p) for p in paragraphs}
    standfirst = next((t for t in standfirsts[:1] if fold(t) not in kept_keys), None)
    if standfirst:
        paragraphs.insert(0, standfirst)
    art = Article(
        source=source,
        url=url or doc.url,
        title=doc.title,
        authors=authors,
        published=published or None,
        paragraphs=paragraphs,
        captions=captions,
        extractor="html",
        standfirst=standfirst,
    )
    kept = {fold(p) for p in paragraphs} | caption_keys | {fold(doc.title or "")}
    removed = []
    for el in tree.xpath(_BLOCKS):
        block = " ".join(el.text_content().split())
        if len(block) >= AUDIT_MIN_CHARS and fold(block) not in kept:
            removed.append(block)
            if len(removed) >= AUDIT_MAX_BLOCKS:
                break
    art.boilerplate = removed
    art.analysis["extraction"] = {"status": "ok", "extractor": "html"}
    return art
