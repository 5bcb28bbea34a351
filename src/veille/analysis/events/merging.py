"""Merging the events of one text: the same act told twice is one event (same type, codes, day and flags), whatever
the wording ("fired tear gas ... arrested dozens", a headline and its lead, "the strike" or "cette rencontre"
referring back); an act told by a verb of another meaning in a sentence of its own, after acts of that type and
sides that verbs alone told, is another act ("Paris a condamné X. Elle a aussi reproché à Y ...", "denied ... In
2019 it refused ..."), and so is a judgement another speaker voices in a sentence of its own. A visit seen from
the host's side is the visit."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from spacy.tokens import Span, Token

from ...record import Event
from ..tree import children
from .frame import Frame, is_realised
from .lexicon import retold_types
from .syntax import objects

Key = tuple[object, ...]


@dataclass(frozen=True)
class Telling:
    """How a verb told an act (:func:`telling`): the verb's lemma and the start of its sentence."""

    lemma: str
    sentence: int
    # a noun its modifier tells as another act ("another strike", "d'autres rassemblements")
    another: bool = False
    said: bool = False  # a statement's act: a speaker's judgement, call or denial
    by: frozenset[object] = frozenset()  # the ids of the event's actors (:func:`add`)


class Events(dict[Key, Event]):
    """The events of a text by merge key (:func:`add`), with how each was told: one entry per reading merged into
    it, a :class:`Telling` for a verb that tells an act, None for any other reading (a noun, a statement)."""

    def __init__(self) -> None:
        super().__init__()
        self.told: dict[Key, list[Telling | None]] = {}


def telling(f: Frame, tok: Token, sent: Span, pos: str, etype: str) -> Telling | None:
    """How the trigger ``tok`` tells an act of type ``etype``, for :func:`add` to keep another act apart. A verb's
    telling, but None for a verb whose object or subject names the act again by a definite or demonstrative noun of
    its type ("forged the agreements", "d'instaurer ce couvre-feu", "cette attaque a frappé": the act told before)
    and for a type whose one act several verbs tell (``retold_types``: a visit, its talks). A statement's act
    (``pos`` "speech": a judgement, a call of reported speech or of a quote) is told as said by its speaker, who
    sets it apart from the acts of other speakers only (:func:`_another`). A noun is told as
    another act when a modifier of ``another_modifiers`` says so ("other rallies", "une deuxième frappe"), else
    None ("the strike", "la manifestation": an act already told, or a background)."""
    if pos == "noun" and any(k.lemma_.lower() in f.cues["another_modifiers"] for k in children(tok)):
        return Telling(tok.lemma_.lower(), sent.start, another=True)
    if pos not in ("verb", "speech") or etype in retold_types():
        return None
    for n in [*objects(f, tok), *(k for k in children(tok) if k.dep_ in f.lex.subject_deps)]:
        names = any(e.type == etype for e in f.lex.triggers.get(("noun", n.lemma_.lower()), []))
        if names and any(k.dep_ == "det" and _definite(k) for k in children(n)):
            return None
    return Telling(tok.lemma_.lower(), sent.start, said=pos == "speech")


def _definite(det: Token) -> bool:
    """A definite article or a demonstrative ("the", "this", "la", "ce"), from the parse's morphology."""
    return "Def" in det.morph.get("Definite", []) or "Dem" in det.morph.get("PronType", [])


def add(events: Events, ev: Event, apart: object = None, told: Telling | None = None) -> None:
    """Keep ``ev`` unless the text already told the same event (module docstring): the reading with a mode, then
    the most confident, is kept. ``apart`` sets an occurrence apart from the same act told elsewhere
    (``coder.occurrence``: one rally of many); an act told without one ("la manifestation") is the same as any
    such occurrence already told, and one told at a place (``apart`` a place name) is the same as one already told
    in a sentence that names that place. ``told`` is how a verb tells it (:func:`telling`): an act without
    ``apart`` whose verb has another lemma and another sentence than every reading of the same event so far, all
    of them verbs or statements (a statement's of another speaker), is another act, and so is a noun told as
    another act in a sentence of its own."""
    key: Key = (
        ev["type"],
        frozenset(a["code"] for a in ev["actors"]),
        frozenset(r["code"] for r in ev["recipients"]),
        ev["date"],
        ev["negated"],
        ev["modality"],
        apart,
    )
    if told is not None:
        told = replace(told, by=frozenset(a.get("id") or a.get("name") for a in ev["actors"]))
    if apart is None:
        same = [k for k in events if k[:-1] == key[:-1]]
        key = next((k for k in same if not _another(events.told.get(k, []), told)), key[:-1] + (told,) if same else key)
    elif isinstance(apart, str):  # a place: the same act told before in a sentence that names it is that act
        key = next((k for k, e in events.items() if k[:-1] == key[:-1] and apart in e["sentence"]["text"]), key)
    events.told.setdefault(key, []).append(told)
    old = events.get(key)
    if old is None or (ev["mode"] is not None, ev["confidence"]) > (old["mode"] is not None, old["confidence"]):
        events[key] = ev


def _another(tellings: list[Telling | None], told: Telling | None) -> bool:
    """Whether a verb that tells an act as ``told`` tells another act than the readings ``tellings`` of an event:
    verbs or statements all, none of its lemma nor in its sentence, and where one is a statement, none by the same
    actor (one speaker's judgement told again: "X condemned the raids. 'They are appalling,' X said"); for a noun
    told as another act, none in its sentence."""
    if told is None or not tellings:
        return False
    if told.another:  # "d'autres rassemblements": apart from the acts of other sentences, whatever told them
        return all(t is None or t.sentence != told.sentence for t in tellings)
    return all(
        t is not None
        and t.lemma != told.lemma
        and t.sentence != told.sentence
        and (not t.by & told.by if t.said or told.said else bool(t.by & told.by))
        for t in tellings
    )


def merge_views(events: list[Event]) -> list[Event]:
    """A host's reception of a visitor is the visit seen from the other side: "X s'est rendu à Chisinau, où il a
    été reçu par Y" is one meeting, kept as the visit. An act without a recipient is subsumed by the same act of
    the same actors with one ("placé des unités en alerte et déployé des blindés près du Kosovo")."""

    def side(ev: Event, key: Literal["actors", "recipients"]) -> frozenset[str | None]:
        return frozenset(p["code"] for p in ev[key])

    visits = {
        (side(e, "actors"), side(e, "recipients"))
        for e in events
        if e["type"] == "CONSULT" and e["mode"] != "host" and is_realised(e)
    }
    events = [
        e
        for e in events
        if not (e["type"] == "CONSULT" and e["mode"] == "host" and (side(e, "recipients"), side(e, "actors")) in visits)
    ]
    full = {(e["type"], side(e, "actors"), e["date"], e["negated"], e["modality"]) for e in events if e["recipients"]}
    return [
        e
        for e in events
        if e["recipients"] or (e["type"], side(e, "actors"), e["date"], e["negated"], e["modality"]) not in full
    ]
