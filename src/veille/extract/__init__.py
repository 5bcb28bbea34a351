"""Extraction: the clean article of a document (title, authors, date, paragraphs, captions), and its language.

:func:`extract` sends an HTML page to :mod:`.html` (the body chosen among trafilatura's two settings and
readability-lxml by :mod:`.choose`, plus captions and byline markup) and a
plain-text page to :mod:`.textclean` (Veille's own line cleaner); it then detects the language
(:mod:`veille.lang.detect`) and refuses a page whose main text is too short to be an article. Both
extractors read their words from :mod:`.lexicon` (each language's ``extract.json``).
"""

from __future__ import annotations

from ..config import Settings
from ..errors import LimitExceeded, NoArticle
from ..lang import detect as language
from ..record import Article, Document

#: A body with fewer words is not an article: what is left of a page without one is a menu label or a
#: button ("Home", "Accueil"). The shortest real news briefs seen run ~25 words.
MIN_BODY_WORDS = 8
#: Explicit limits on what an HTML page may hold before it is parsed (counted in one pass, no parse): the 181
#: ScrapingHub news pages hold at most 3.2k tags ("<") and 13.8k "=" (attributes, URLs); pages past 30x and 3x those
#: are not articles but traps (a page of 50k attributes held the HTML extractor for minutes).
MAX_HTML_TAGS = 100_000
MAX_HTML_ATTRIBUTES = 40_000
#: The longest article analysed, in characters: spaCy's own limit (``nlp.max_length``); a 50k-word article is ~300k.
#: A scraped page may hold five times that around its article.
MAX_TEXT_CHARS = 1_000_000
MAX_PAGE_CHARS = 5 * MAX_TEXT_CHARS


def check_limits(doc: Document) -> None:
    """Raise LimitExceeded (E109) when the document is past one of the limits above."""
    if doc.content_type == "html":
        for what, count, limit in (
            ("tags", doc.text.count("<"), MAX_HTML_TAGS),
            ("attributes", doc.text.count("="), MAX_HTML_ATTRIBUTES),
        ):
            if count > limit:
                raise LimitExceeded(f"the page holds {count} {what}, over the limit of {limit}", source=doc.source)
    elif len(doc.text) > MAX_PAGE_CHARS:
        limit = MAX_PAGE_CHARS
        raise LimitExceeded(f"{len(doc.text)} characters, over the limit of {limit}", source=doc.source)


def extract(doc: Document, settings: Settings) -> Article:
    """The clean article of a document, with its language."""

    def detect(text: str) -> str | None:
        return language.detect(text, settings.languages)

    check_limits(doc)
    if doc.content_type == "html":
        from .html import extract_html

        art = extract_html(doc.text, source=doc.source, url=doc.url)
        art.language = detect(" ".join([art.title or ""] + art.paragraphs))
    else:
        from .textclean import clean_text

        art = clean_text(doc.text, source=doc.source, detect=detect)
        art.url = doc.url
    words = sum(len(p.split()) for p in art.paragraphs)
    if words < MIN_BODY_WORDS:
        raise NoArticle(f"no article text found (the page's main text has {words} words)", source=doc.source)
    if doc.encoding:
        art.analysis.setdefault("extraction", {})["encoding"] = doc.encoding
    if len(art.body) > MAX_TEXT_CHARS:
        raise LimitExceeded(
            f"the article holds {len(art.body)} characters, over the limit of {MAX_TEXT_CHARS}", source=doc.source
        )
    return art


__all__ = [
    "extract",
    "check_limits",
    "MIN_BODY_WORDS",
    "MAX_HTML_TAGS",
    "MAX_HTML_ATTRIBUTES",
    "MAX_TEXT_CHARS",
    "MAX_PAGE_CHARS",
]
