"""The facts about one analysed text that several stages read: computed once, here, and nowhere else.

A :class:`TextContext` is made per parsed text (an article's body, its headline, each caption) by the pipeline
and handed to every stage. It holds the parse and the language's data, and computes on first use:

* the **datelines** (:attr:`TextContext.datelines`): a paragraph that opens with a place in capitals and a dash,
  "KYIV, 5 février (AFP) -", "WASHINGTON (AP) —", "HELSINKI/MOSCOW —": the place is where the story was filed,
  never a party or a speaker, and the sentence starts after the dash;
* the **dateline state** (:attr:`TextContext.dateline_state`): the state of the known city of the text's opening
  dateline ("JAKARTA, Jan 27 -" → IDN): by wire convention, the state of a minister the story names without one;
* the **segments** (:attr:`TextContext.segments`): sentences cut again at paragraph breaks;
* once the entity stage has set :attr:`TextContext.entities`: the **mention index** (:attr:`TextContext.mentions`,
  from a token or a character range to the entities mentioned there) and the **home state**
  (:func:`home_state`: the state the text names first).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from .. import lang as _lang
from ..lang import Language
from ..record import Entity
from . import kb
from .tree import doc_text, span_tokens, tokens

#: Dashes that close a dateline.
DATELINE_DASHES = frozenset({"—", "–", "-"})
#: A dateline's dash comes within this many tokens of the paragraph's start ("KYIV, 5 février (AFP) -" is 9).
DATELINE_MAX_TOKENS = 12


@dataclass(frozen=True)
class Dateline:
    """A dateline: tokens ``[start, dash)`` name where the story was filed; the text goes on after ``dash``."""

    start: int
    dash: int

    @property
    def tokens(self) -> range:
        return range(self.start, self.dash)


def paragraph_starts(doc: Doc) -> Iterator[int]:
    """Indices of the tokens that open a line (the first token, and every token after a line break)."""
    prev = None
    for tok in tokens(doc):  # one pass, each token made once (``doc[i - 1]`` would make the previous one again)
        if prev is None or "\n" in prev.whitespace_ or "\n" in prev.text:
            yield tok.i
        prev = tok


def find_datelines(doc: Doc) -> list[Dateline]:
    """Every paragraph that opens with a dateline: a place, then a dash within :data:`DATELINE_MAX_TOKENS`
    tokens with no verb before it (the last such dash: a city pair, a date or an agency credit may come before it).
    The place is printed in capitals ("KYIV, 5 février (AFP) -"), or an agency credit closes the dateline
    ("Bangkok (AP) —"); a known city in capitals may close it with a colon ("MANILA, Mar 11 (Reuters): ")."""
    out, toks = [], tokens(doc)
    for start in paragraph_starts(doc):
        first = toks[start]
        if not (first.text[:1].isupper() and len(first) > 1):
            continue
        dash = None
        for tok in toks[start + 1 : start + DATELINE_MAX_TOKENS + 1]:
            if "\n" in tok.text or "\n" in toks[tok.i - 1].whitespace_ or tok.pos_ in ("VERB", "AUX"):
                break
            glued = not toks[tok.i - 1].whitespace_ and not tok.whitespace_  # "all-night": a hyphen, no dash
            if tok.text in DATELINE_DASHES and not glued and (first.is_upper or toks[tok.i - 1].text == ")"):
                dash = tok.i
            elif tok.text in (":", "):") and dash is None and first.is_upper and kb.load().city(first.text) is not None:
                dash = tok.i  # "MANILA, Mar 11 (Reuters): …", "TEGUCIGALPA: …": a known city in capitals, a colon
                break
        if dash is not None:
            out.append(Dateline(start, dash))
    return out


def segments(doc: Doc) -> Iterator[Span]:
    """Sentences, cut again at paragraph breaks (a parse may run a sentence across a blank line)."""
    for sent in doc.sents:
        words: list[Token] = []  # the non-space tokens of the current segment
        prev = None
        for tok in span_tokens(sent):
            if prev is not None and words and ("\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)):
                yield doc[words[0].i : words[-1].i + 1]
                words = []
            if not tok.is_space:
                words.append(tok)
            prev = tok
        if words:
            yield doc[words[0].i : words[-1].i + 1]


class MentionIndex:
    """Where each entity is mentioned: from a token, or a character range, to the entities named there."""

    def __init__(self, entities: list[Entity]) -> None:
        every = sorted(
            ((m["start"], m["end"], e) for e in entities for m in e.get("mentions", []) if m["end"] > m["start"]),
            key=lambda s: (s[0], s[0] - s[1]),
        )
        self.every: list[tuple[int, int, Entity]] = every  # all mentions, by start, longest first
        self._starts = [a for a, _, _ in every]
        self._longest = max((b - a for a, b, _ in every), default=0)
        outer: list[tuple[int, int, Entity]] = []  # mentions not nested in a longer one
        reach = -1  # the end of the outer mentions that reaches furthest: each began at or before the next one
        for s in every:
            if s[1] > reach:
                outer.append(s)
                reach = s[1]
        self.outer = outer
        self._by_char = {c: i for i, (a, b, _) in enumerate(outer) for c in range(a, b)}
        self.by_id: dict[str, Entity] = {e["id"]: e for e in entities}

    def span_of(self, tok: Token) -> int | None:
        """The index in :attr:`outer` of the mention that covers ``tok`` (its first or last character)."""
        for c in (tok.idx, tok.idx + len(tok) - 1):  # len(tok): its text's length, without making the text
            if c in self._by_char:
                return self._by_char[c]
        return None

    def entity(self, tok: Token) -> Entity | None:
        """The entity whose (outermost) mention covers ``tok``, if any."""
        i = self.span_of(tok)
        return None if i is None else self.outer[i][2]

    def near(self, start: int, end: int) -> slice:
        """The slice of :attr:`every` (and of every list in its order) that holds each mention overlapping or
        touching ``[start, end)``: the mentions that start from ``start`` less the longest mention's length to
        before ``end``. A pass that asks about one place reads those, not all of the text's mentions (a scan per
        call grew with the text: quadratic on long articles)."""
        first = bisect.bisect_left(self._starts, start - self._longest)
        return slice(first, bisect.bisect_left(self._starts, end))

    def covering(self, start: int, end: int) -> list[Entity]:
        """Entities with a mention overlapping ``[start, end)``, longest mention first, each once."""
        found: dict[str, Entity] = {}
        near = self.near(start, end)
        window = ((b - a, e) for a, b, e in self.every[near] if a < end and b > start)
        for _, e in sorted(window, key=lambda h: -h[0]):
            found.setdefault(e["id"], e)
        return list(found.values())


def home_state(entities: Iterable[Entity]) -> str | None:
    """ISO-3 of the home state of a text: the state it names first (in the dateline or the lead), by its name, a
    demonym or one of its cities: where a bare "le gouvernement" or "la police" belongs, and where a crowd
    protests."""
    first = [
        (min(m["start"] for m in e["mentions"]), code)
        for e in entities
        if e["type"] == "GPE" and (code := e["code"]) and len(code) == 3 and e["mentions"]
    ]
    return min(first)[1] if first else None


@dataclass
class TextContext:
    """One parsed text and the facts about it that every stage reads (see the module docstring)."""

    doc: Doc
    language: Language
    published: str | None = None
    field: str = "body"  # body, title, or caption:<index>
    entities: list[Entity] = dataclasses.field(default_factory=list)  # set by the entity stage

    @classmethod
    def of(cls, doc: Doc, lang: str, published: str | None = None, field: str = "body") -> TextContext:
        """The context of ``doc`` in language ``lang``; UnsupportedLanguage for a language without data."""
        return cls(doc, _lang.get(lang), published, field)

    @property
    def lang(self) -> str:
        return self.language.code

    @functools.cached_property
    def text(self) -> str:
        """The text of :attr:`doc` (``Doc.text`` joins its tokens again on every access; :func:`.tree.doc_text` once
        for the Doc, the text the passes cut their spans' texts from)."""
        return doc_text(self.doc)

    @functools.cached_property
    def datelines(self) -> list[Dateline]:
        return find_datelines(self.doc)

    @functools.cached_property
    def dateline_tokens(self) -> frozenset[int]:
        """Tokens of every dateline: a place there is never a party nor a speaker."""
        return frozenset(i for d in self.datelines for i in d.tokens)

    @functools.cached_property
    def dateline(self) -> Dateline | None:
        """The text's opening dateline (in its first paragraph), if any."""
        first = next((t.i for t in self.doc if not t.is_space), None)
        return next((d for d in self.datelines if d.start == first), None)

    @functools.cached_property
    def dateline_state(self) -> str | None:
        """ISO-3 of the state of the opening dateline's city, when the city is known."""
        if self.dateline is None:
            return None
        city = kb.load().city(self.doc[self.dateline.start].text)
        return city[1] if city else None

    @functools.cached_property
    def segments(self) -> list[Span]:
        return list(segments(self.doc))

    @functools.cached_property
    def mentions(self) -> MentionIndex:
        """The mention index of :attr:`entities` (read it only after the entity stage has run)."""
        return MentionIndex(self.entities)

    @functools.cached_property
    def home_state(self) -> str | None:
        """The text's home state (:func:`home_state`) among its entities."""
        return home_state(self.entities)

    def set_entities(self, entities: list[Entity]) -> None:
        """Record the entity stage's result (and forget what was computed from an earlier one)."""
        self.entities = entities
        for name in ("mentions", "home_state"):
            self.__dict__.pop(name, None)


def context_of(
    doc: Doc, lang: str, published: str | None = None, context: TextContext | None = None, **extra: Any
) -> TextContext:
    """The context a stage works in: the one the pipeline gave, else a new one for ``doc``."""
    if context is not None:
        if context.doc is not doc:
            raise ValueError("the context given is not the context of this Doc")
        return context
    return TextContext.of(doc, lang, published, **extra)


__all__ = [
    "TextContext",
    "Dateline",
    "MentionIndex",
    "find_datelines",
    "segments",
    "paragraph_starts",
    "home_state",
    "context_of",
]
