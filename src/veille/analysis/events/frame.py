"""The frame of one coded text: what every pass reads, and the little the coder writes as it walks the text.

Read by every pass: the parse, the language's lexicon, the mention index, the quotes with speakers, the
publication date and the dateline. Written by the coder loop (:mod:`.coder`) only: the current segment (the
sentence being coded, which bounds the dependency walks), the discourse memory (last single and joint actors,
for pronouns and "both sides") and the history of realised events (what "the decision" or a reply refers to).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span, Token

from ...record import Entity, Event, Quote
from .. import dates
from .lexicon import Lexicon, lexicon
from .parties import MentionIndex, Party, dict_of


def is_realised(event: Event) -> bool:
    """True for an event reported as having happened (not negated, not future, intended or hypothetical)."""
    return not event["negated"] and event["modality"] is None


class Past(NamedTuple):
    """A realised event of the text so far, as the discourse remembers it (parties with a code only)."""

    type: str
    actors: list[Party]
    recipients: list[Party]


@dataclass
class Memory:
    """Discourse memory for pronouns and joint anaphors."""

    singles: list[Party] = field(default_factory=list)  # single actors, most recent last
    last_joint: list[Party] = field(default_factory=list)  # the sides of the last joint act or meeting


@dataclass
class Frame:
    """One text being coded (see the module docstring for who writes what)."""

    doc: Doc
    lex: Lexicon
    mentions: MentionIndex
    entities: list[dict[str, Any]]
    quotes: list[Quote]  # the quotes that have speakers
    published: str | None
    source: str  # "body" or "caption"
    pub_date: str | None  # ISO date of publication, the default date of an event
    dateline: set[int]  # token indices of the dateline ("KYIV, 5 février (AFP) -"): a place, never a party
    lede_end: int  # end character of the dateline's paragraph (-1 without a dateline)
    segment: Span | None = None  # the segment being coded
    memory: Memory = field(default_factory=Memory)
    history: list[Past] = field(default_factory=list)  # realised events so far, in text order
    contexts: dict[int, list[str]] = field(default_factory=dict)  # contexts by sentence start (a cache)

    @property
    def cues(self) -> dict[str, Any]:
        """The closed-class cues of the text's language (``events.json``)."""
        return self.lex.cues

    @functools.cached_property
    def home(self) -> str | None:
        """The country the article names most often (mentions of places and states)."""
        counts: dict[str, int] = {}
        for e in self.entities:
            code = e.get("code") or e.get("country")
            if e.get("type") in ("GPE", "LOC") and code and len(code) == 3:
                counts[code] = counts.get(code, 0) + len(e.get("mentions", []))
        return max(counts, key=lambda c: counts[c]) if counts else None

    def inside(self, tok: Token) -> bool:
        """Whether ``tok`` is in the segment being coded (dependency walks do not leave it)."""
        return self.segment is None or self.segment.start <= tok.i < self.segment.end


def new_frame(
    doc: Doc,
    entities: list[Entity],
    quotes: list[Quote],
    *,
    lang: str,
    published: str | None,
    source: str,
    known: Sequence[Event] = (),
) -> Frame:
    """The frame of a text; ``known`` events (the headline's) start the history. UnsupportedLanguage for a
    language without event data."""
    lex = lexicon(lang)
    mentions = MentionIndex(entities)
    parsed = dates.as_date(published) if published else None
    history = [  # realised events the reader already knows
        Past(
            e["type"],
            [Party(dict_of(p), p.get("sector")) for p in e["actors"] if p.get("code")],
            [Party(dict_of(p), p.get("sector")) for p in e["recipients"] if p.get("code")],
        )
        for e in known
        if is_realised(e)
    ]
    dateline = datelines(doc)
    ends = [t.sent.end_char for t in doc if t.i in dateline]
    return Frame(
        doc=doc,
        lex=lex,
        mentions=mentions,
        entities=[dict_of(e) for e in entities],
        quotes=[q for q in quotes if q.get("speakers")],
        published=published,
        source=source,
        pub_date=parsed.isoformat() if parsed else None,
        dateline=dateline,
        lede_end=max(ends) if ends else -1,
        history=history,
    )


def datelines(doc: Doc) -> set[int]:
    """Tokens of a dateline ("HELSINKI/MOSCOW —", "KYIV, 5 février (AFP) -"): a place, never a party."""
    out: set[int] = set()
    line: list[Token] = []
    for tok in doc:
        if tok.i == 0 or "\n" in doc[tok.i - 1].whitespace_ or "\n" in doc[tok.i - 1].text:
            line = []
        if len(line) < 12 and tok.text in ("—", "–", "-") and line and line[0].is_upper and len(line[0]) > 1:
            out |= {t.i for t in line}
        line.append(tok)
    return out


def segments(doc: Doc) -> Iterator[Span]:
    """Sentences, cut again at paragraph breaks (a parse may run a sentence across a blank line)."""
    for sent in doc.sents:
        words: list[Token] = []  # the non-space tokens of the current segment
        prev = None
        for tok in sent:
            if prev is not None and words and ("\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)):
                yield doc[words[0].i : words[-1].i + 1]
                words = []
            if not tok.is_space:
                words.append(tok)
            prev = tok
        if words:
            yield doc[words[0].i : words[-1].i + 1]
