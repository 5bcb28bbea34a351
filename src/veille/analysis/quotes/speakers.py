"""Who may speak: the entities of the text as speakers, and where each is mentioned.

:func:`index_entities` turns the entity records of :mod:`veille.analysis.entities` into :class:`Speaker` objects
(with a guessed gender for persons, for pronoun resolution) and a :class:`Mentions` index of their mentions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from spacy.tokens import Doc, Span, Token

from ...errors import InvalidRecord
from ...record import Entity, Mention, Ref
from .. import kb
from ..context import MentionIndex, TextContext
from ..tree import ancestors, children
from . import labels
from .first_names import name_gender
from .leader_states import leader_state
from .lexicon import GENDERED_PRONOUNS_NAME_THINGS, Lexicon, fold
from .thing_gender import thing_gender

#: The type of a described speaker: an unnamed source, no entity ("un responsable du Hamas", "officials").
DESCRIBED = "DESCRIBED"


@dataclass
class Speaker:
    """An entity that may speak, or a described speaker (``id`` None, ``name`` the phrase as printed)."""

    id: str | None
    name: str
    type: str  # PERSON, ORG, GPE, LOC, or DESCRIBED
    gender: str | None = None  # persons: "m", "f" or None (unknown)
    country: str | None = None  # persons: the ISO-3 code of the state they act for, when known
    sector: str | None = None  # organisations: the entity's sector code ("NGO", "MIL"), when known

    def ref(self) -> Ref:
        return {"id": self.id, "name": self.name}

    @property
    def key(self) -> str:
        """What tells two speakers apart: the entity id, or the phrase of a described speaker."""
        return self.id if self.id is not None else "described:" + fold(self.name)


def described(phrase: str) -> Speaker:
    """A described speaker: an unnamed source, named by the phrase that describes it."""
    return Speaker(None, phrase, DESCRIBED)


def seats_to_states(speakers: list[Speaker], mentions: Mentions) -> list[Speaker]:
    """``speakers`` with each capital city (a ``city`` of the knowledge base) replaced by its state: "Séoul
    dénonce…", "Kiev affirme…", "New Delhi said…" — the capital speaks for its government. The state is the
    text's entity of that id when there is one, else the knowledge base's."""
    base = kb.load()
    out: list[Speaker] = []
    for e in speakers:
        entry = base.entries.get(e.id) if e.id is not None else None
        state = base.entry_for_code(entry.code) if entry is not None and entry.kind == "city" else None
        if state is None:
            out.append(e)
        else:
            out.append(mentions.speakers.get(state.id) or Speaker(state.id, state.name, state.type))
    return dedupe(out)


def dedupe(speakers: list[Speaker]) -> list[Speaker]:
    """``speakers`` without repeats (by id, or phrase when described), first occurrence kept."""
    seen: dict[str, Speaker] = {}
    for e in speakers:
        seen.setdefault(e.key, e)
    return list(seen.values())


class Mentions:
    """Every mention of a speaker in the text, read from the text context's mention index: ``spans`` holds
    ``(start, end, speaker)`` sorted by start, longest first."""

    def __init__(self, index: MentionIndex, speakers: dict[str, Speaker]) -> None:
        self.index = index
        self.speakers = speakers
        self.spans = [(a, b, speakers[e["id"]]) for a, b, e in index.every]
        self.memo: dict[Any, Any] = {}  # what a pass computes once from these mentions (quotes.resolve)

    def covering(self, start: int, end: int) -> list[Speaker]:
        """Speakers with a mention overlapping [start, end), longest mention first."""
        return [self.speakers[e["id"]] for e in self.index.covering(start, end)]

    def persons(self, start: int, end: int) -> list[Speaker]:
        """The persons with a mention inside [start, end), in text order, once each."""
        return dedupe([sp for a, b, sp in self.spans if start <= a and b <= end and sp.type == "PERSON"])


def index_entities(context: TextContext, text: str, lex: Lexicon) -> Mentions:
    """The mentions of the context's entities (entity records) as speakers; raises :class:`InvalidRecord` for a
    record without an id or with malformed mention offsets."""
    speakers: dict[str, Speaker] = {}
    for raw in cast("list[object]", context.entities):  # each record checked in the try, compiled too (make native)
        try:
            e = cast(Entity, raw)
            ent = Speaker(
                str(e["id"]), e.get("name") or "", e.get("type") or "", country=e.get("country"), sector=e.get("sector")
            )
            if ent.type == "PERSON" and ent.country is None:
                ent.country = leader_state(ent.name)  # a leader the text names bare ("Joe Biden")
            for m in e.get("mentions") or []:
                int(m["start"]), int(m["end"])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InvalidRecord(
                f"entity {raw!r:.120} is not an entity dict with an id and mention offsets: {exc!r}"
            ) from exc
        if ent.type == "PERSON":
            # a given name of one sex first: the text's evidence may be a parse's error ("Laurent X" feminine)
            ent.gender = name_gender(ent.name) or _gender(context.doc, text, e.get("mentions") or [], lex)
        elif lex.has(GENDERED_PRONOUNS_NAME_THINGS):  # "la France": no "il"
            ent.gender = thing_gender(context.doc, e.get("mentions") or [])
        speakers[ent.key] = ent
    return Mentions(context.mentions, speakers)


def _name_word(t: Token) -> bool:
    """Whether determiner ``t`` is the first word of a name, not an article: a possessive form the model reads in a
    name ("Ma" in "Ma Lien", tagged as "my")."""
    return "Yes" in labels.feature(t, "Poss")


def _gender(doc: Doc, text: str, mentions: list[Mention], lex: Lexicon) -> str | None:
    """A person's gender from the titles and articles of their mentions ("Mme X", "la ministre"), the article of a
    role noun beside a mention ("la ministre X", "X, la ministre de…"), a predicate that agrees with a mention in the
    feminine ("X s’est félicitée"). Not the gender the model gives a first name: it guesses ("Jean" feminine)."""
    fem = masc = 0
    for m in mentions:
        before = fold(text[max(0, m["start"] - 12) : m["start"]]).split()[-1:]
        words = before + fold(m.get("text") or text[m["start"] : m["end"]]).split()
        fem += any(w in lex["gender_f"] for w in words)
        masc += any(w in lex["gender_m"] for w in words)
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        for t in list(span or ())[:1]:  # the mention's own article: not "la" in "le ministre de la Défense"
            if t.pos_ == "DET" and not _name_word(t):
                g = labels.feature(t, "Gender")
                fem += g == ["Fem"]
                masc += g == ["Masc"]
        if span is not None and len(span):
            g = _role_article(span)
            fem += g == ["Fem"]
            masc += g == ["Masc"]
            fem += _agrees_feminine(span.root, lex["agreeing_aux"])
            g = _own_possessive(span.root)
            fem += g == ["Fem"]
            masc += g == ["Masc"]
    # feminine evidence wins: "le Premier ministre" is also said of women, "la Première ministre" never of men
    return "f" if fem else "m" if masc else None


def _role_article(name: Span) -> list[str]:
    """The gender of the article of a role noun the ``name`` stands in apposition with ("la ministre X", "X, la
    ministre de…"); [] when none."""
    root = name.root
    nouns = [c for t in name for c in children(t) if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= name.end]
    if root.dep_ in labels.NAME and root.head.pos_ == "NOUN" and root.head.i < root.i:
        nouns.append(root.head)
    doc = name.doc
    if name.end + 2 < len(doc) and doc[name.end].text == "," and doc[name.end + 1].pos_ == "DET":
        n = doc[name.end + 1].head  # "a reçu X, la présidente de…" parsed as a second object: an apposition
        if n.pos_ == "NOUN" and n.head == root.head and n.dep_ == root.dep_:
            nouns.append(n)
    for n in nouns:
        for c in children(n):
            if c.dep_ == "det" and c.pos_ == "DET" and c.i < n.i:
                return labels.feature(c, "Gender")
    return []


def _agrees_feminine(root: Token, agreeing: frozenset[str]) -> bool:
    """Whether the predicate of the name ``root`` (its subject) agrees in the feminine: a participle or adjective
    with an auxiliary or copula of the ``agreeing`` lemmas (lexicon kind ``agreeing_aux``: "X s’est félicitée", "X
    est satisfaite"). An agreeing masculine proves nothing: a participle after "avoir" takes the masculine whatever
    its subject, and one the model tags feminine there ("X a encore réagi") is the model's error."""
    if root.dep_ not in labels.SUBJECT | labels.passive_subject():
        return False
    pred = root.head
    return labels.feature(pred, "Gender") == ["Fem"] and any(
        c.dep_ in labels.COPULA and fold(c.lemma_) in agreeing for c in children(pred)
    )


def _own_possessive(root: Token) -> list[str]:
    """The gender of a third-person singular possessive pronoun in an adjunct of the verb the name ``root`` is the
    subject of ("X said in her speech", "X, in his letter, wrote"): its owner is the subject. Not in an object ("X
    met Y and her team") nor in a clause of its own; a possessive determiner that agrees with its noun (French
    "son", "sa") is no pronoun and tells nothing. [] when none or both genders."""
    if root.dep_ not in labels.SUBJECT:
        return []
    v = root.head
    found: set[str] = set()
    for c in children(v):
        if c.dep_ in labels.OBJECT_COMPLEMENT | labels.SUBORDINATE | labels.SUBJECT | {"conj", "ccomp", "xcomp"}:
            continue
        for t in c.subtree:
            if (
                t.pos_ == "PRON"
                and "Yes" in labels.feature(t, "Poss")
                and labels.feature(t, "Person") == ["3"]
                and labels.feature(t, "Number") == ["Sing"]
                and not any(a.pos_ in labels.VERBAL for a in ancestors(t) if a.i != v.i and v.is_ancestor(a))
            ):
                found.update(labels.feature(t, "Gender"))
    return sorted(found) if len(found) == 1 else []
