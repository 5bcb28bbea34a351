"""The records that flow through Veille: a raw ``Document`` in, an ``Article`` out.

The JSON form of an analysed article (``Article.to_dict``) is the public interface described in
DESIGN.md: field names may be extended, never renamed.
"""

from __future__ import annotations

import hashlib
import logging
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NotRequired, TypedDict

from .errors import VeilleError

logger = logging.getLogger(__name__)

# ------------------------------------------------------------------ the JSON record's parts (docs/record.md)


class Mention(TypedDict):
    """One place an entity is named: ``text`` is ``body[start:end]`` when ``field`` is "body" (or absent), else the
    headline's (``title[start:end]``, field "title") or a caption's (``captions[N][start:end]``, field "caption:N")."""

    text: str
    start: int
    end: int
    field: NotRequired[str]  # "body", "title", "caption:<index>" or "boilerplate:<index>" (a source line)


class RoleSeen(TypedDict):
    role: str  # canonical role ("prime minister")
    text: str  # as printed ("le Premier ministre japonais")
    date: str | None  # ISO date of the article that gave it


class Entity(TypedDict):
    """A person, organisation or place named in an article."""

    id: str  # kb:country:JPN, kb:org:NATO, kb:city:tokyo, per:<slug>, org:<slug>, loc:<slug>, body:<slug>
    name: str  # canonical: the English name for knowledge-base entities, the longest full name for persons
    type: str  # PERSON, ORG, GPE, LOC
    code: str | None  # ISO-3 for states and places in them, an organisation code, or None
    wikidata: str | None
    country: str | None  # persons: the state or organisation they act for; bodies: the state they belong to
    sector: str | None  # PLOVER sector (GOV, MIL, IGO, ...)
    roles: list[RoleSeen]
    mentions: list[Mention]
    names: NotRequired[list[str]]  # added by the store: the names it finds the entity by
    link: NotRequired[dict[str, Any]]  # added by the store: how a person was linked to one already stored


class Ref(TypedDict):
    """An entity as a quote's speaker or an event's party."""

    id: str | None
    name: str | None
    code: NotRequired[str | None]  # events: the PLOVER actor code (ISO-3 state or organisation code)
    sector: NotRequired[str | None]


class Span(TypedDict):
    start: int
    end: int
    text: NotRequired[str]


class Quote(TypedDict):
    """A statement and who made it; offsets index the body."""

    text: str
    start: int
    end: int
    direct: bool  # inside quotation marks (False: reported speech)
    speakers: list[Ref]  # several for a joint statement; empty when no speaker is found (never guessed)
    cue: str | None  # the speech verb's lemma or noun
    sentence: Span
    spans: NotRequired[list[Span]]  # every place the statement appears


class Place(TypedDict):
    id: str | None
    name: str | None
    code: str | None


class Event(TypedDict):
    """A PLOVER event: who did what to whom, when and where, and whether it happened."""

    type: str  # one of the 16 PLOVER types
    mode: str | None
    quad: str  # quad class ("verbal cooperation", ...)
    score: float  # Goldstein-like intensity, -10 .. +10
    actors: list[Ref]
    recipients: list[Ref]
    date: str | None  # ISO date
    location: Place | None
    contexts: list[str]
    confidence: float
    negated: bool
    modality: str | None  # None (realised), future, intended, hypothetical, alleged
    source: str  # body, title or caption
    trigger: Span  # the word that coded the event
    sentence: Span
    caption: NotRequired[int]  # index of the caption that told it (source "caption")


class ArticleRecord(TypedDict, total=False):
    """The JSON record of an analysed article (``Article.to_dict``; ``../shared/DESIGN.md``, docs/record.md)."""

    id: str
    url: str | None
    source: str
    language: str | None
    title: str | None
    authors: list[str]
    published: str | None
    standfirst: str | None
    body: str
    paragraphs: list[str]
    captions: list[str]
    boilerplate: list[str]
    extractor: str
    entities: list[Entity]
    quotes: list[Quote]
    events: list[Event]
    analysis: dict[str, Any]


# ------------------------------------------------------------------------------------------ the records


@dataclass
class Document:
    """One raw input before extraction."""

    source: str  # path, URL, "-" or "path#line" for a record of a JSONL file
    content_type: str  # "html" or "text"
    text: str  # decoded content
    url: str | None = None
    fetched_at: str | None = None
    encoding: str | None = None  # the encoding its bytes were decoded from (None: given as text)


@dataclass
class Article:
    """A clean article and everything the analysis found in it."""

    source: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO date YYYY-MM-DD
    language: str | None = None  # ISO 639-1, or None when undetermined
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    standfirst: str | None = None
    url: str | None = None
    extractor: str = "text"  # "text" (our cleaner) or "html" (trafilatura)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    analysis: dict[str, Any] = field(default_factory=dict)  # status of each analysis stage

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def id(self) -> str:
        return content_hash(self.title or "", self.body)

    def to_dict(self) -> dict[str, Any]:
        """The JSON record. Shallow: its lists and dicts are the article's own (no deep copy, which cost
        ~5 ms an article); copy.deepcopy it before changing it if the Article is used afterwards."""
        data = {f: getattr(self, f) for f in self.__dataclass_fields__}
        ordered = {
            "id": self.id,
            "url": self.url,
            "source": self.source,
            "language": self.language,
            "title": self.title,
            "authors": self.authors,
            "published": self.published,
            "standfirst": self.standfirst,
            "body": self.body,
        }
        for key, value in data.items():
            ordered.setdefault(key, value)
        return ordered

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        names = {f for f in cls.__dataclass_fields__}
        art = cls(**{k: v for k, v in data.items() if k in names})
        if not art.paragraphs and data.get("body"):
            art.paragraphs = [p for p in data["body"].split("\n\n") if p.strip()]
        return art


@dataclass
class Outcome:
    """What became of one input: an article, or the error that stopped it."""

    source: str
    article: Article | None = None
    error: VeilleError | None = None
    #: what the caller's ``prepare`` made of the article in the process that analysed it (``pipeline.process``)
    prepared: Any = None

    @property
    def ok(self) -> bool:
        return self.error is None


#: What the process that analysed an article makes of it before handing it over (:func:`with_prepared`).
Prepare = Callable[[Article], object]


def with_prepared(outcome: Outcome, prepare: Prepare | None) -> Outcome:
    """``outcome`` with ``prepare(article)`` as its ``prepared``: with worker processes, what the caller would do
    with each article from the article alone (its JSON, a record ready to store) is done by the worker, in
    parallel, instead of by the supervising process. Left None when ``prepare`` fails: the caller does the work
    itself, and meets the error there."""
    if prepare is not None and outcome.article is not None:
        try:
            outcome.prepared = prepare(outcome.article)
        except Exception as exc:  # noqa: BLE001 - the caller does it again, and reports it
            logger.debug("could not prepare %s: %s", outcome.source, exc)
    return outcome


def normalise_for_hash(text: str) -> str:
    """Fold the differences that do not make another article: Unicode form, case, whitespace."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("’", "'").replace("‘", "'")
    return " ".join(text.split())


def content_hash(title: str, body: str) -> str:
    """The article id: sha256 of the normalised title and body."""
    payload = normalise_for_hash(title) + "\n" + normalise_for_hash(body)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def side_codes(refs) -> str:
    """'JPN+NATO' for an event's actors or recipients (each code once, in order; '?' for a missing one)."""
    return "+".join(dict.fromkeys(r.get("code") or "?" for r in refs or []))


def speaker_names(quote: dict, unknown: str = "(speaker unknown)") -> str:
    """'Shigeru Ishiba, Mark Rutte' for a quote, or ``unknown`` when it has no speaker."""
    return ", ".join(s.get("name", "?") for s in quote.get("speakers") or []) or unknown
