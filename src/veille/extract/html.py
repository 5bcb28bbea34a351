"""Clean article from an HTML page, parsed once: the body chosen among candidate extractions
(:mod:`.choose`: trafilatura's two settings and readability-lxml, computed lazily), the title, authors and
date (:mod:`.htmlmeta`: trafilatura's metadata readers and htmldate), plus the image captions (figcaption,
alt text), which the extractors drop, bylines and the standfirst from news-template markup, and the removed
text kept for audit.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import NoArticle
from ..record import Article
from .candidates import is_prose, page_prose, readability_blocks, trafilatura_lines
from .choose import MATCH_SHARE, choose_body, shingles
from .htmlmeta import page_metadata
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


@per_languages
def _author_separators() -> re.Pattern[str]:
    """What separates two authors in the page's author metadata: ';' or 'and'."""
    return re.compile(rf";|\s+(?:{alternation('conjunctions')})\s+")


#: the elements whose text is a block of the page, for the audit list
_BLOCK_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "blockquote", "td", "figcaption", "dd")


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
#: ... and at most this many: one to three sentences. A longer block carrying a standfirst class is a
#: container of the body (``<div class="blog_post lead single">`` around a whole post), not a standfirst.
STANDFIRST_MAX_WORDS = 80
#: byline elements longer than this are author bios, not bylines
BYLINE_MAX_WORDS = 16
#: at most this many distinct byline texts are read on a page (the rest are author boxes of teasers; a
#: byline costs up to ~1 ms to parse)
BYLINES_MAX = 8


@per_languages
def _class_names() -> re.Pattern[str]:
    """A whole class token that marks a byline or a standfirst (the page's classes, lower-cased)."""
    names = sorted(words("byline_classes") | words("standfirst_classes"), key=lambda w: (-len(w), w))
    return re.compile(rf"(?:^|\s)(?:{'|'.join(re.escape(n.lower()) for n in names)})(?:\s|$)")


#: where the byline markup names no one: elements whose class holds one of these parts (``ap-story-byline``,
#: ``article-info__authors``, ``author-link``), the conventions trafilatura's author search looks for, found
#: in the same pass (that search copies and prunes the tree: 2-40 ms a page)
BYLINE_CLASS_PARTS = ("byline", "author")


@dataclass
class Markup:
    """What news-template markup says: byline texts, standfirst candidates (in document order), and the
    elements whose class merely contains a byline class part (read only where the bylines name no one)."""

    bylines: list[str]
    standfirsts: list[str]
    loose: list[HtmlElement]

    def loose_bylines(self) -> list[str]:
        texts = (" ".join(el.text_content().split()) for el in self.loose)
        return [t for t in texts if t and len(t.split()) <= BYLINE_MAX_WORDS]


def _markup(tree: HtmlElement) -> Markup:
    """The byline and standfirst markup of the page, in one pass."""
    found = Markup([], [], [])
    marker = _class_names()
    for el in tree.xpath("//*[@class or @rel or @itemprop]"):
        attr = (el.get("class") or "").lower()
        author = el.get("rel") == "author" or el.get("itemprop") == "author"
        if "byline" in attr or "author" in attr:  # BYLINE_CLASS_PARTS, spelled out: this runs per element
            found.loose.append(el)
        if not author and not marker.search(attr):  # most elements: one regex test, no set built
            continue
        classes = set(attr.split())
        if author or classes & words("byline_classes"):
            text = " ".join(el.text_content().split())
            if text and len(text.split()) <= BYLINE_MAX_WORDS:
                found.bylines.append(text)
        elif classes & words("standfirst_classes") and el.tag not in ("body", "html", "article", "main"):
            text = " ".join(el.text_content().split())
            if STANDFIRST_MIN_WORDS <= len(text.split()) <= STANDFIRST_MAX_WORDS:
                found.standfirsts.append(text)
    return found


def _markup_authors(bylines: list[str]) -> list[str]:
    """Authors named in byline markup (rel=author, itemprop=author, class=byline...)."""
    names: list[str] = []
    for text in list(dict.fromkeys(bylines))[:BYLINES_MAX]:  # templates print the same byline 2-4 times
        for name in parse_byline(text) or []:
            if name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
    return names


#: how a teaser ends: an excerpt of the body or of another article, cut "...", is no standfirst
_CUT = re.compile(r"(?:\.\.\.|…)[\"'”»’)]?$")


def _standfirst(candidates: list[str], paragraphs: list[str]) -> str | None:
    """The standfirst to set before the body: the first candidate from the markup, unless it is cut "..." (a
    teaser), the body already holds it (most of its words) or it holds a paragraph of the body (it is then a
    container, not a standfirst)."""
    if not candidates or _CUT.search(candidates[0]):
        return None
    text = candidates[0]
    pool: set[tuple[str, ...]] = set()
    for p in paragraphs:
        pool |= shingles(p)
    own = shingles(text)
    if own and len(own & pool) >= MATCH_SHARE * len(own):
        return text if fold(paragraphs[0]) == fold(text) else None  # the body opens with it, or holds it
    key = fold(text)
    if any(len(p.split()) >= STANDFIRST_MIN_WORDS and fold(p) in key for p in paragraphs):
        return None
    return text


def is_paragraph(line: str) -> bool:
    """Whether a body line is a paragraph of running text (:func:`.candidates.is_prose`), which a body
    holds once, rather than a label or a list item."""
    return is_prose(line)


def _unique(paragraphs: list[str]) -> list[str]:
    """The paragraphs without repeats: a body never holds the same paragraph of running text twice. Other
    lines are labels and list items, which a page may repeat on purpose (the same heading over each day
    of a meal plan, the same ingredients on two days)."""
    seen: set[str] = set()
    out = []
    for p in paragraphs:
        key = fold(p)
        if not is_paragraph(p):
            out.append(p)
        elif key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _audit(tree: HtmlElement, kept: set[str]) -> list[str]:
    """The text blocks of the page that the article does not hold, for audit."""
    removed = []
    for el in tree.iter(*_BLOCK_TAGS):
        block = " ".join(el.text_content().split())
        if len(block) >= AUDIT_MIN_CHARS and fold(block) not in kept:
            removed.append(block)
            if len(removed) >= AUDIT_MAX_BLOCKS:
                break
    return removed


def extract_html(html: str | bytes, *, source: str = "-", url: str | None = None) -> Article:
    """Extract the article of an HTML page. Raises :class:`NoArticle` when the page has none."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise NoArticle("the HTML could not be parsed", source=source)
    markup = _markup(tree)
    marked = _markup_authors(markup.bylines)
    meta = page_metadata(tree, url)
    if not marked and not meta.author:
        marked = _markup_authors(markup.loose_bylines())
    choice = choose_body(
        lambda: trafilatura_lines(tree, url=url, precision=True),
        lambda: trafilatura_lines(tree, url=url, precision=False),
        lambda: readability_blocks(tree),
        lambda: page_prose(tree),
    )
    captions = _captions(tree)
    caption_keys = {fold(c) for c in captions}
    title_key = fold(meta.title or "")
    # the headline is the title, not a paragraph; captions are captions
    paragraphs = _unique([p for p in choice.paragraphs if (k := fold(p)) and k != title_key and k not in caption_keys])
    if not paragraphs:
        raise NoArticle("no article text found in the HTML page", source=source)
    authors = [a.strip() for a in _author_separators().split(meta.author or "") if a.strip()]
    if marked and {a.casefold() for a in authors} <= {m.casefold() for m in marked}:
        authors = marked  # the byline markup names everyone; metadata often names only the first author
    standfirst = _standfirst(markup.standfirsts, paragraphs)
    if standfirst and fold(paragraphs[0]) != fold(standfirst):
        paragraphs.insert(0, standfirst)
    art = Article(
        source=source,
        url=url or meta.url,
        title=meta.title,
        authors=authors,
        published=meta.date,
        paragraphs=paragraphs,
        captions=captions,
        extractor="html",
        standfirst=standfirst,
    )
    art.boilerplate = _audit(tree, {fold(p) for p in paragraphs} | caption_keys | {title_key})
    art.analysis["extraction"] = {
        "status": "ok",
        "extractor": "html",
        "body": choice.base,
        "candidates": choice.computed,
        "added": choice.added,
    }
    return art
