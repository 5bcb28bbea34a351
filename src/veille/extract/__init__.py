"""Extraction: the clean article of a document (title, authors, date, paragraphs, captions), and its language.

:func:`extract` sends an HTML page to :mod:`.html` (trafilatura, plus captions and byline markup) and a
plain-text page to :mod:`.textclean` (Veille's own line cleaner); it then detects the language
(:mod:`veille.lang.detect`) and refuses a page whose main text is too short to be an article. Both
extractors read their words from :mod:`.lexicon` (each language's ``extract.json``).
"""

from __future__ import annotations

from ..config import Settings
from ..errors import NoArticle
from ..lang import detect as language
from ..record import Article, Document

#: A body with fewer words is not an article: what is left of a page without one is a menu label or a
#: button ("Home", "Accueil"). The shortest real news briefs seen run ~25 words.
MIN_BODY_WORDS = 8


def extract(doc: Document, settings: Settings) -> Article:
    """The clean article of a document, with its language."""

    def detect(text: str) -> str | None:
        return language.detect(text, settings.languages)

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
    return art


__all__ = ["extract", "MIN_BODY_WORDS"]
