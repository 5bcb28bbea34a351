"""The frame of one coded text: what every pass reads, and the little the coder writes as it walks the text.

Read by every pass: the parse, the language's lexicon, the mention index, the quotes with speakers, the
publication date and the dateline. Written by the coder loop (:mod:`.coder`) only: the current segment (the
sentence being coded, which bounds the dependency walks), the discourse memory (last single and joint actors,
for pronouns and "both sides") and the history of realised events (what "the decision" or a reply refers to).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span, Token

from ...record import Entity, Event, Quote
from .. import dates
from ..context import MentionIndex, TextContext
from .lexicon import Lexicon, lexicon
from .parties import Party, acronyms, acting, at_home, dict_of, state_code


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


class Mentions:
    """The context's mention index (:class:`~veille.analysis.context.MentionIndex`) with its entities read as plain
    dicts, as the coder reads them (``get``)."""

    def __init__(self, index: MentionIndex, view: dict[int, dict[str, Any]]) -> None:
        self.index = index
        self.outer = [(a, b, view[id(e)]) for a, b, e in index.outer]
        self.by_id: dict[str | None, dict[str, Any]] = {k: view[id(e)] for k, e in index.by_id.items()}

    def span_of(self, tok: Token) -> int | None:
        return self.index.span_of(tok)

    def entity(self, tok: Token) -> dict[str, Any] | None:
        i = self.index.span_of(tok)
        return None if i is None else self.outer[i][2]


@dataclass
class Frame:
    """One text being coded (see the module docstring for who writes what)."""

    context: TextContext  # the text's facts: parse, datelines, segments, mention index, home state
    lex: Lexicon
    entities: list[dict[str, Any]]
    quotes: list[Quote]  # the quotes that have speakers
    published: str | None
    source: str  # "body" or "caption"
    pub_date: str | None  # ISO date of publication, the default date of an event
    segment: Span | None = None  # the segment being coded
    memory: Memory = field(default_factory=Memory)
    history: list[Past] = field(default_factory=list)  # realised events so far, in text order
    contexts: dict[int, list[str]] = field(default_factory=dict)  # contexts by sentence start (a cache)
    view: dict[int, dict[str, Any]] = field(default_factory=dict)  # id of an entity record -> the coder's view
    locative: dict[int, bool] = field(default_factory=dict)  # token index -> syntax.is_locative (a cache)
    phrases: dict[int, str] = field(default_factory=dict)  # token index -> syntax.lower_phrase (a cache)
    # (segment start, end, future) -> the date expressions of the segment (a cache: each of its events reads them)
    date_mentions: dict[tuple[int, int, bool], list[dates.DateMention]] = field(default_factory=dict)
    # (id, length) of the entity list -> the state the text names most (placetime.main_state; a cache)
    main_state: dict[tuple[int, int], str | None] = field(default_factory=dict)
    walks: dict[tuple[Any, ...], Any] = field(default_factory=dict)  # dependency walks per segment (:mod:`.percall`)
    # the segment being coded and the readings :func:`.triggers.match_trigger` found for its tokens (a cache: it reads
    # no discourse memory, and each reading with no coded actor asks it again, :func:`.summoned.summoned`)
    hits: tuple[Span | None, dict[int, Any]] = field(default_factory=lambda: (None, {}))
    # ids of the views whose state is only the one state a home story names (:func:`new_frame`): a last resort, below
    # a body or state named in the person's own phrase ("X, président de la Cedeao": :func:`.syntax.parties_at`)
    guessed: frozenset[int] = frozenset()
    # with no publication date, the day the opening sentences print (:func:`_story_day`): the date of an act that
    # prints none once the text's acts are merged (never a merge key: two acts told apart stay apart)
    story_day: str | None = None

    #: The closed-class cues of the text's language (``events.json``): ``lex.cues``, read thousands of times a text.
    cues: dict[str, Any] = field(init=False, repr=False, compare=False)
    doc: Doc = field(init=False, repr=False, compare=False)  # ``context.doc``

    def __post_init__(self) -> None:
        self.cues, self.doc = self.lex.cues, self.context.doc

    @functools.cached_property
    def mentions(self) -> Mentions:
        index, state = self.context.mentions, self.context.dateline_state
        named = acronyms(self.entities)  # the text's acronyms, read once (not once per entity)
        for e in index.by_id.values():
            self.view.setdefault(id(e), at_home(acting(dict_of(e), named), state))
        return Mentions(index, self.view)

    @functools.cached_property
    def sectors(self) -> frozenset[str]:
        """The sectors of the entities the text names (a test that needs a medium skips a text naming none)."""
        return frozenset(e["sector"] for _, _, e in self.mentions.outer if e.get("sector"))

    @property
    def dateline(self) -> frozenset[int]:
        """Token indices of the datelines ("KYIV, 5 février (AFP) -"): a place, never a party."""
        return self.context.dateline_tokens

    @property
    def home(self) -> str | None:
        """The country the text names most often (the context's home state)."""
        return self.context.home_state

    def inside(self, tok: Token) -> bool:
        """Whether ``tok`` is in the segment being coded (dependency walks do not leave it)."""
        return self.segment is None or self.segment.start <= tok.i < self.segment.end


def new_frame(
    context: TextContext,
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
    if context.entities is not entities:
        context.set_entities(entities)
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
    named = acronyms(dict_of(e) for e in entities)
    # a person with a role but no state acts for the dateline's state, else for the one state a home story names
    states = {state_code(dict_of(e)) for e in entities if e.get("type") == "GPE"} - {None}
    state = context.dateline_state or (next(iter(states)) if len(states) == 1 else None)
    # the entities as parties see them (parties.acting, parties.at_home)
    acted = {id(e): acting(dict_of(e), named) for e in entities}
    view = {key: at_home(a, state) for key, a in acted.items()}
    home_only = context.dateline_state is None  # at_home's copy holds the home story's state, not a dateline's
    guessed = frozenset(id(v) for key, v in view.items() if home_only and v is not acted[key])
    return Frame(
        context=context,
        lex=lex,
        entities=[view[id(e)] for e in entities],
        quotes=[q for q in quotes if q.get("speakers")],
        published=published,
        source=source,
        pub_date=parsed.isoformat() if parsed else None,
        history=history,
        view=view,
        guessed=guessed,
        story_day=None if parsed else _story_day(context.doc, lex.code),
    )


#: how many opening sentences of an undated text may print the day its story tells (:func:`_story_day`)
STORY_DAY_SENTENCES = 3


def _story_day(doc: Doc, lang: str) -> str | None:
    """With no publication date, the first full date (day, month and year) the text's opening sentences print: the
    day its story tells ("Le 5 juin 2017, ... ont rompu", "se sont réunis mercredi 3 avril 2024"), the default
    date of an act that prints none of its own (relative words stay unread: nothing anchors them)."""
    for sent in itertools.islice(doc.sents, STORY_DAY_SENTENCES):
        found = next((d for d in dates.find_dates(sent.text, lang) if d.precision == "day"), None)
        if found is not None:
            return found.date
    return None
