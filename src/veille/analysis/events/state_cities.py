"""A state narrowed to its one city (issue 12, event places): an event placed at a state ("the summit in Brazil",
« l'attentat en France ») is placed at the city of that state when the text names one and only one of its cities
(a GPE of the knowledge base or the gazetteer that is no state: the golds place a meeting at the city where it was
held, an attack at the town it hit, and a text that names a single city of the state tells it there). A text that
names two cities of the state, or none, leaves the state; a place that is no state (a city, a region, a facility)
is never moved. A visit (the language's events.json ``visit_words``: « en visite en Suisse », "visited Kenya") is
moved only to the state's capital (``kb/capitals.tsv``): a visit is received at the seat of government, and a
visit story that names another city names a stop of the tour (« une dernière étape à Lausanne »), where the golds
keep the state. A story filed from a city of the state (its opening dateline, ``TextContext.dateline_state``)
leaves the state: the act told at the state happened elsewhere in it. A state named by a part of it (the language's
events.json ``state_part_words``: « dans le nord du Mali », "in eastern Congo") is left too: the one city the text
names is not known to lie in that part. Read after the merge (:func:`.merging.settled`), so that the city keys no
act apart."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.tokens import Token

from ...record import Event, Place
from .. import kb
from .capital_places import capital, capitals
from .frame import Frame
from .lexicon import listed
from .parties import is_state, place, state_code


def state_cities(f: Frame) -> dict[str, dict[str, Any]]:
    """ISO-3 -> the one city of that state the text names (a GPE with mentions that is no state), for each state
    of which the text names exactly one; found once per frame."""
    key = ("state_cities",)
    if key in f.walks:
        found: dict[str, dict[str, Any]] = f.walks[key]
        return found
    cities: dict[str, dict[str, dict[str, Any]]] = {}
    for e in f.entities:
        code = state_code(e)
        if e.get("type") == "GPE" and e.get("mentions") and not is_state(e) and code:
            cities.setdefault(code, {})[str(e.get("id") or e.get("name"))] = e
    found = f.walks[key] = {code: next(iter(by_id.values())) for code, by_id in cities.items() if len(by_id) == 1}
    return found


def _country(where: Mapping[str, Any]) -> bool:
    """Whether an event's place is a state of the knowledge base (its id a country's)."""
    return str(where.get("id") or "").startswith(kb.COUNTRY_ID)


def _visit(f: Frame, ev: Event) -> bool:
    """Whether the event is told by a visit word (the language's events.json ``visit_words``)."""
    trigger = f.context.doc.char_span(ev["trigger"]["start"], ev["trigger"]["end"], alignment_mode="expand")
    words = f.cues["visit_words"]
    return trigger is not None and any(listed(t, words) for t in trigger)


def _capital(city: Mapping[str, Any], code: str) -> bool:
    """Whether ``city`` is the capital of the state ``code`` (``kb/capitals.tsv``)."""
    if code not in capitals():
        return False
    seat = capital(code)
    return (seat["id"] is not None and seat["id"] == city.get("id")) or seat["name"] == city.get("name")


def _of(f: Frame, tok: Token, ident: str) -> bool:
    """Whether ``tok`` is in a mention of the entity ``ident``."""
    entity = f.mentions.entity(tok)
    return entity is not None and entity.get("id") == ident


def _part_only(f: Frame, ev: Event, ident: str) -> bool:
    """Whether every name of the state ``ident`` in the event's sentence names a part of it (« le nord du Mali »,
    "northern Mali", "the east of Congo": the language's events.json ``state_part_words``)."""
    sentence = f.context.doc.char_span(ev["sentence"]["start"], ev["sentence"]["end"], alignment_mode="expand")
    named = [
        t
        for t in sentence or []
        if t.pos_ in ("PROPN", "NOUN") and _of(f, t, ident) and (t.head is t or not _of(f, t.head, ident))
    ]  # the state's name, not its adjective (« l'armée malienne ... dans le nord du Mali »)
    parts = f.cues["state_part_words"]

    def part(tok: Token) -> bool:
        head = tok.head.head if tok.head.dep_ == "prep" else tok.head
        return head.lemma_.lower() in parts or any(k.dep_ == "amod" and k.lemma_.lower() in parts for k in tok.children)

    return bool(named) and all(part(t) for t in named)


def narrowed(f: Frame, events: list[Event]) -> list[Event]:
    """The merged events, each placed at a state moved to the one city of that state the text names (module
    docstring)."""
    for ev in events:
        where = ev["location"]
        if where is None or not _country(where) or not where.get("code"):
            continue
        code = str(where["code"])
        if code == f.context.dateline_state:
            continue  # the story was filed from a city of that state: the act told at the state is elsewhere in it
        if _part_only(f, ev, str(where["id"])):
            continue
        city = state_cities(f).get(code)
        if city is not None and (_capital(city, code) or not _visit(f, ev)):
            ev["location"] = Place(**place(city))
    return events
