"""Merging the events of one text: the same act told twice is one event (same type, codes, day and flags), whatever
the wording ("fired tear gas ... arrested dozens", a headline and its lead, "the strike" or "cette rencontre"
referring back); an event noun that a modifier tells as another act ("other protests took place", "une deuxième
attaque") is another act than those of its type and sides told in other sentences. A visit seen from the host's
side is the visit."""

from __future__ import annotations

from collections.abc import Collection
from typing import Literal

from spacy.tokens import Token

from ...record import Event, Place
from ..tree import children
from .frame import Frame, is_realised
from .placetime import story_place
from .state_cities import narrowed

Key = tuple[object, ...]


class Events(dict[Key, Event]):
    """The events of a text by merge key (:func:`add`), with the sentences (their start) each was told in."""

    def __init__(self) -> None:
        super().__init__()
        self.sentences: dict[Key, set[int]] = {}


def another(f: Frame, tok: Token, pos: str) -> bool:
    """Whether the event noun ``tok`` is told as another act by a modifier of ``another_modifiers`` ("other
    protests", "d'autres rassemblements", "une deuxième attaque"); a noun without one ("the strike", "la
    manifestation") and a verb are not."""
    return pos == "noun" and any(k.lemma_.lower() in f.cues["another_modifiers"] for k in children(tok))


def add(events: Events, ev: Event, apart: object = None, other: bool = False) -> None:
    """Keep ``ev`` unless the text already told the same event (module docstring): the reading with a mode, then
    the most confident, is kept. ``apart`` sets an occurrence apart from the same act told elsewhere
    (``coder.occurrence``: one rally of many); an act told without one ("la manifestation") is the same as any
    such occurrence already told, and one told at a place (``apart`` a place name) is the same as one already told
    in a sentence that names that place. ``other``: the act is told as another (:func:`another`), apart from the
    same event told in other sentences only."""
    key: Key = (
        ev["type"],
        frozenset(a["code"] for a in ev["actors"]),
        frozenset(r["code"] for r in ev["recipients"]),
        ev["date"],
        ev["negated"],
        ev["modality"],
        apart,
    )
    sentence = ev["sentence"]["start"]
    if apart is None:
        same = [k for k in events if k[:-1] == key[:-1]]
        if other and same:  # "d'autres rassemblements": not the act of another sentence
            key = next((k for k in same if sentence in events.sentences[k]), key[:-1] + (("other", sentence),))
        else:
            key = next(iter(same), key)
    elif isinstance(apart, str):  # a place: the same act told before in a sentence that names it is that act
        key = next((k for k, e in events.items() if k[:-1] == key[:-1] and apart in e["sentence"]["text"]), key)
    events.sentences.setdefault(key, set()).add(sentence)
    old = events.get(key)
    if old is None or (ev["mode"] is not None, ev["confidence"]) > (old["mode"] is not None, old["confidence"]):
        events[key] = ev


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


def undated_on(events: list[Event], day: str | None) -> list[Event]:
    """The merged events, those that print no date of their own dated ``day`` (an undated text's story day,
    :func:`.frame._story_day`) unless told as to come; after the merge, so that the day keys no act apart."""
    if day is None:
        return events
    for ev in events:
        if ev["date"] is None and ev["modality"] != "future":
            ev["date"] = day
    return events


def settled(f: Frame, events: list[Event]) -> list[Event]:
    """The merged events with the story's day (:func:`undated_on`) and place (:func:`unplaced_at`), a state
    narrowed to the one city of it the text names (:func:`.state_cities.narrowed`)."""
    return unplaced_at(narrowed(f, undated_on(events, f.story_day)), story_place(f), f.cues["located_by_place"])


def unplaced_at(events: list[Event], where: Place | None, types: Collection[str]) -> list[Event]:
    """The merged events, the realised acts of ``types`` (meetings, deals, protests, policing) that name no place
    placed at ``where``, the story's place (:func:`.placetime.story_place`); after the merge, so that the place
    keys no act apart."""
    if where is None:
        return events
    for ev in events:
        if ev["location"] is None and ev["type"] in types and is_realised(ev):
            ev["location"] = Place(**where)  # a copy for each act
    return events
