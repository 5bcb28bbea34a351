"""Choosing the body of an HTML page among candidate extractions, from features that know no site.

The first candidate, trafilatura's precision setting, is kept when it is *confident*: long enough, and
holding at least half the prose paragraphs of the page (:func:`.candidates.page_prose`). Otherwise the
other candidates are computed (only then: most pages never pay for them):

1. where precision found (next to) nothing, readability's main block is taken when the balanced setting
   holds it too (what balanced adds is what precision rejected), else the balanced candidate: trafilatura's
   own fallback to readability, confirmed by a second extractor;
2. otherwise the base is the precision candidate, or the balanced one where precision kept less than half
   of what balanced found (precision drops the story with the sidebar on some pages);
3. where readability-lxml's main block holds most of the base, the base is *extended* with readability's
   prose paragraphs that it lacks (long, few links, ending like a sentence), each placed after the base
   paragraph it follows in readability's order: the body split across sibling blocks, which trafilatura
   cuts at the first widget between them.

Paragraphs are compared by their 3-token shingles (lower-cased ``\\w+`` tokens), so that a soft hyphen, a
line break inside a paragraph or a different whitespace does not hide a match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .candidates import Block, is_prose

#: The first candidate is confident when it holds at least this share of the page's prose (in characters).
#: Measured on ScrapingHub: the pages where trafilatura misses half the story or more cover 0-45% of it;
#: 90% of pages cover more than half. Pages whose comments or teasers are long prose fall below too: they
#: pay for the other candidates, which then keep the first. Any value from 0.4 to 0.7 gives the same F1
#: within 0.001 there.
CONFIDENT_PROSE_SHARE = 0.5
#: ... and at least this many characters (a shorter body is a teaser or a failure: ask the others).
CONFIDENT_MIN_CHARS = 300
#: The precision candidate is the base when it has at least this share of the balanced one's length.
PRECISION_MIN_SHARE = 0.5
#: Readability extends the base only when its block holds at least this share of the base's shingles
#: (otherwise it found another block of the page: a comment thread, a list of teasers).
EXTEND_MIN_OVERLAP = 0.7
#: A paragraph is in a text when at least this share of its shingles are there.
MATCH_SHARE = 0.5

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 3) -> set[tuple[str, ...]]:
    """The n-token shingles of a text (one shingle of the whole text when it is shorter)."""
    tokens = _TOKEN.findall(text.replace("\xad", "").lower())
    return {tuple(tokens[i : i + n]) for i in range(max(len(tokens) - n + 1, 1))} if tokens else set()


def share_in(text: str, pool: set[tuple[str, ...]]) -> float:
    """The share of a text's shingles found in a pool of shingles (1.0 for a text without tokens)."""
    own = shingles(text)
    return len(own & pool) / len(own) if own else 1.0


def _pool(paragraphs: list[str]) -> set[tuple[str, ...]]:
    pool: set[tuple[str, ...]] = set()
    for p in paragraphs:
        pool |= shingles(p)
    return pool


def _chars(paragraphs: list[str]) -> int:
    return sum(len(p) for p in paragraphs)


def prose_share(paragraphs: list[str], prose: list[str]) -> float:
    """The share of the page's prose (in characters) that a candidate holds; 1.0 for a page without prose."""
    total = _chars(prose)
    if not total:
        return 1.0
    pool = _pool(paragraphs)
    return sum(len(p) for p in prose if share_in(p, pool) >= MATCH_SHARE) / total


@dataclass
class Choice:
    """The chosen body and how: the candidates computed, the one chosen as base, the paragraphs added."""

    paragraphs: list[str]
    base: str
    computed: list[str] = field(default_factory=list)
    added: int = 0


def extend(base: list[str], blocks: list[Block]) -> tuple[list[str], int]:
    """The base with the prose blocks of readability that it lacks, each after the base paragraph that
    precedes it in readability's order; blocks before the first shared one are left out (a standfirst,
    a caption, a teaser above the story)."""
    pools = [shingles(p) for p in base]
    every = set().union(*pools) if pools else set()
    anchor = -1
    after: dict[int, list[str]] = {}
    for block in blocks:
        own = shingles(block.text)
        if not own:
            continue
        if len(own & every) >= MATCH_SHARE * len(own):
            anchor = max(anchor, max(range(len(pools)), key=lambda i: len(pools[i] & own)))
        elif anchor >= 0 and is_prose(block.text, block.link_share):
            after.setdefault(anchor, []).append(block.text)
            every |= own  # a block printed twice is added once
    out: list[str] = []
    for i, p in enumerate(base):
        out.append(p)
        out.extend(after.get(i, []))
    return out, sum(len(v) for v in after.values())


def choose_body(
    precision: Callable[[], list[str]],
    balanced: Callable[[], list[str]],
    readability: Callable[[], list[Block]],
    prose: Callable[[], list[str]],
) -> Choice:
    """The body of a page from its candidates, each a function called only when needed."""
    first = precision()
    if _chars(first) >= CONFIDENT_MIN_CHARS and prose_share(first, prose()) >= CONFIDENT_PROSE_SHARE:
        return Choice(first, "trafilatura-precision", ["trafilatura-precision"])
    computed = ["trafilatura-precision", "trafilatura-balanced", "readability"]
    second = balanced()
    blocks = readability()
    texts = [b.text for b in blocks]
    if _chars(first) < CONFIDENT_MIN_CHARS:
        # precision found (next to) nothing: readability's block where balanced holds it too (balanced's
        # surplus is what precision rejected), else balanced, else readability
        if texts and (not second or _overlap(texts, second) >= EXTEND_MIN_OVERLAP):
            return Choice(texts, "readability", computed)
        name, base = ("trafilatura-balanced", second) if second else ("trafilatura-precision", first)
    elif _chars(first) >= PRECISION_MIN_SHARE * _chars(second):
        name, base = "trafilatura-precision", first
    else:
        name, base = "trafilatura-balanced", second
    if not base:
        return Choice(texts, "readability", computed)
    if blocks and _overlap(base, texts) >= EXTEND_MIN_OVERLAP:
        merged, added = extend(base, blocks)
        return Choice(merged, name + "+readability" if added else name, computed, added)
    return Choice(base, name, computed)


def _overlap(paragraphs: list[str], other: list[str]) -> float:
    """The share of the shingles of ``paragraphs`` that ``other`` holds."""
    own = _pool(paragraphs)
    return len(own & _pool(other)) / len(own) if own else 0.0
