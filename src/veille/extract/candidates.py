"""The candidate bodies of an HTML page, each from the one parsed tree of the page.

- :func:`trafilatura_lines`: trafilatura's main extractor (``bare_extraction``, fast mode: the choosing
  of :mod:`.choose` replaces trafilatura's own fallback cascade), in its precision or balanced setting;
- :func:`readability_blocks`: readability-lxml's main block, with each block's share of link text;
- :func:`page_prose`: the prose paragraphs of the whole page, the yardstick of a candidate's recall.

Every function takes the shared tree and leaves it as it was (trafilatura copies it; readability gets a copy).
"""

from __future__ import annotations

import logging
from copy import deepcopy
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

logger = logging.getLogger(__name__)

#: The block elements whose text makes a paragraph of readability's output.
BLOCK_TAGS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "th", "dd", "dt"})
#: Elements whose text is a caption, not a paragraph, in readability's output.
CAPTION_TAGS = frozenset({"figcaption", "figure", "caption"})
#: A page paragraph shorter than this is not prose (a label, a date, a teaser title). Sentences of news
#: prose run 15-25 words; 12 keeps one-sentence paragraphs and drops most labels.
PROSE_MIN_WORDS = 12
#: A paragraph whose text is more than this share of link text is a list of links, not prose.
PROSE_MAX_LINK_SHARE = 0.3


@dataclass(frozen=True)
class Block:
    """A paragraph of a candidate body, with the share of its characters that are link text."""

    text: str
    link_share: float = 0.0


def _text(el: HtmlElement) -> str:
    return " ".join(el.text_content().split())


def _link_share(el: HtmlElement, text: str) -> float:
    if not text:
        return 0.0
    linked = sum(len(_text(a)) for a in el.iter("a"))
    return min(1.0, linked / len(text))


def trafilatura_lines(tree: HtmlElement, *, url: str | None, precision: bool) -> list[str]:
    """The body lines that trafilatura's main extractor finds (favor_precision or balanced), [] if none."""
    from trafilatura import bare_extraction

    doc = bare_extraction(
        tree,
        url=url,
        fast=True,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        favor_precision=precision,
    )
    if doc is None or isinstance(doc, dict) or not doc.text:
        return []
    return [line.strip() for line in doc.text.split("\n") if line.strip()]


def readability_blocks(tree: HtmlElement) -> list[Block]:
    """The paragraphs of readability-lxml's main block (captions left out), [] when it finds none."""
    from lxml.html import fragment_fromstring
    from readability import Document

    try:
        summary = Document(deepcopy(tree)).summary(html_partial=True)
        root = fragment_fromstring(summary) if summary.strip() else None
    except Exception as err:  # noqa: BLE001 - readability gives up (Unparseable), or trips on a broken page
        # (an AssertionError on a page without a body, lxml's ParserError on what it returns, found by bench/fuzz.py):
        # either way, no candidate from it
        logger.debug("readability found no main block: %s", err)
        return []
    if root is None:
        return []
    blocks: list[Block] = []
    for el in root.iter(*BLOCK_TAGS):
        # outermost blocks only: an <li> holding a <p> is one paragraph
        if any(a.tag in BLOCK_TAGS or a.tag in CAPTION_TAGS for a in el.iterancestors()):
            continue
        text = _text(el)
        if text:
            blocks.append(Block(text, _link_share(el, text)))
    return blocks


def is_prose(text: str, link_share: float = 0.0) -> bool:
    """Whether a paragraph reads as running text: long enough, few links, ending like a sentence."""
    return (
        link_share <= PROSE_MAX_LINK_SHARE
        and len(text.split()) >= PROSE_MIN_WORDS
        and text.rstrip()[-1:] in ".!?…。！？\"'”»)’"
    )


def page_prose(tree: HtmlElement) -> list[str]:
    """The long paragraphs (``<p>``) of the whole page, wherever they sit: outside links, few links inside.
    No test of the ending: a page's paragraph cut by a "read more" link is still text the body may lack."""
    found = []
    for el in tree.iter("p"):
        text = _text(el)
        if len(text.split()) < PROSE_MIN_WORDS or next(el.iterancestors("a"), None) is not None:
            continue
        if _link_share(el, text) <= PROSE_MAX_LINK_SHARE:
            found.append(text)
    return found
