"""What the passes of recognition share: the article read (:class:`Article`) and the entity table being built
(:class:`EntityTable`: entities by id, their mentions, the tokens already used)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ...record import Entity, Mention
from .. import kb as kbmod
from ..context import TextContext
from ..kb import Entry, KnowledgeBase
from ..tree import tokens

#: A token span [i, j) with its NER label (PERSON, ORG, LOC).
NerSpan = tuple[int, int, str]


def gazetteer_id(kind: str, name: str) -> str:
    """The id of a gazetteer place of kind ``kind`` ('city' or 'state') named ``name``: 'kb:city:valmont'."""
    return f"{kbmod.KB_ID}{kind}:{kbmod.slug(name)}"


def place_id(name: str) -> str:
    """The id of a place the knowledge base has no entry for (a subdivision, a district): 'loc:haut-valmont'."""
    return f"loc:{kbmod.slug(name)}"


@dataclass
class Article:
    """The article being read, as every pass reads it (nothing here changes during recognition)."""

    context: TextContext  # the text's facts (datelines and their state)
    published: str | None  # ISO date given to the roles seen
    kb: KnowledgeBase = field(default_factory=kbmod.load)
    text: str = field(init=False)  # the body: Doc.text is rebuilt from the tokens on every access
    memo: dict[str, object] = field(default_factory=dict)  # what a pass computes once and several read

    def __post_init__(self) -> None:
        self.text = self.context.text

    @property
    def doc(self) -> Doc:
        return self.context.doc

    @functools.cached_property
    def ents(self) -> tuple[Span, ...]:
        """The NER's entities (``Doc.ents`` is rebuilt on every access)."""
        return tuple(self.doc.ents)

    @property
    def lang(self) -> str:
        return self.context.lang

    def sent_start(self, i: int) -> int:
        """First token of the sentence of token i (0 when the pipeline sets no sentence boundaries)."""
        if i >= len(self.doc) or not (self.doc.has_annotation("SENT_START") or self.doc.has_annotation("DEP")):
            return 0
        return self.doc[i].sent.start


def new_entity(
    eid: str,
    *,
    name: str | None = None,
    type: str = "ORG",
    code: str | None = None,
    wikidata: str | None = None,
    country: str | None = None,
    sector: str | None = None,
) -> Entity:
    """A new entity ``eid`` with these fields (name: the id when None), no role and no mention yet."""
    return Entity(
        id=eid,
        name=eid if name is None else name,
        type=type,
        code=code,
        wikidata=wikidata,
        country=country,
        sector=sector,
        roles=[],
        mentions=[],
    )


def entity_of(e: Entry) -> Entity:
    """A new entity for the knowledge-base entry ``e`` (a sector only for organisations, seats and states)."""
    return new_entity(
        e.id,
        name=e.name,
        type=e.type,
        code=e.code,
        wikidata=e.wikidata,
        country=e.parent,
        sector=e.sector if e.kind in ("org", "seat", "country") else None,
    )


class EntityTable:
    """The entities found so far in one text (``field``), by id in the order they were created (the order of the
    output for entities first mentioned at the same offset), and ``taken``: the tokens already part of an entity
    mention or a role phrase, which later passes leave alone."""

    def __init__(self, doc: Doc, field: str = "body", text: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text  # ``text``: the Doc's text when the caller has it
        self.field = field  # the text the mentions are in: "body", "title" or "caption:<index>"
        self.ents: dict[str, Entity] = {}
        self.taken: set[int] = set()

    def entity(
        self,
        eid: str,
        *,
        name: str | None = None,
        type: str = "ORG",
        code: str | None = None,
        wikidata: str | None = None,
        country: str | None = None,
        sector: str | None = None,
    ) -> Entity:
        """The entity ``eid``, created with these fields (name: the id when None) unless it exists already."""
        ent = self.ents.get(eid)
        if ent is None:
            ent = self.ents[eid] = new_entity(
                eid, name=name, type=type, code=code, wikidata=wikidata, country=country, sector=sector
            )
        return ent

    def kb_entity(self, e: Entry) -> Entity:
        """The entity of a knowledge-base entry."""
        ent = self.ents.get(e.id)
        if ent is None:
            ent = self.ents[e.id] = entity_of(e)
        return ent

    def mention(self, ent: Entity, start: int, end: int) -> None:
        """Add the characters [start, end) of the text as a mention of ``ent`` (once)."""
        m = Mention(text=self.text[start:end], start=start, end=end, field=self.field)
        if m not in ent["mentions"]:
            ent["mentions"].append(m)

    def tok_mention(self, ent: Entity, i: int, j: int) -> None:
        """Add the tokens [i, j) as a mention of ``ent``; they are taken."""
        first, last = tokens(self.doc)[i], tokens(self.doc)[j - 1]
        self.mention(ent, first.idx, last.idx + len(last))
        self.take(i, j)

    def take(self, i: int, j: int) -> None:
        """Mark tokens [i, j) as used (a role phrase, a long form)."""
        self.taken.update(range(i, j))
