"""The parties of an event and the index from tokens to the entities they mention.

A :class:`Party` is an entity (a dict of the entity stage, or a group the coder names itself: "protesters",
"authorities") with the PLOVER sector it acts in; its ``code`` is the PLOVER actor code it acts for. The index from
tokens to entities is the text context's (:class:`veille.analysis.context.MentionIndex`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from ...datafiles import DATA, read_table
from ...record import Entity, Place, Ref
from .. import kb
from .lexicon import acting_parents

#: First words of a state body's name (``data/kb/body_heads.tsv``): no acronym of its own.
BODY_HEADS = DATA / "kb" / "body_heads.tsv"
#: The sectors of an armed force, of a state (MIL) or not (REB).
ARMED_SECTORS = frozenset({"MIL", "REB"})
_LEADING_ARTICLE = re.compile(r"^(?:the|l|le|la|les) ")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")


@dataclass
class Party:
    """An entity as an actor or recipient of an event."""

    entity: dict[str, Any]  # an entity dict, an event's Ref (known events) or a group the coder names
    sector: str | None
    anaphor: bool = False  # named through anaphora (a pronoun, "both sides", a quote's speakers)
    domestic: bool = False  # an unnamed group of the country where things happen ("la police", "protesters")

    @property
    def code(self) -> str | None:
        """The PLOVER actor code: the entity's own code, a person's country, an institution's parent."""
        parent = self.entity.get("country")
        if self.entity.get("type") == "ORG" and parent in acting_parents():
            return parent  # the Commission acts for the EU, KFOR for NATO
        if self.entity.get("type") == "PERSON" and parent and not self.entity.get("code"):
            body = kb.load().entry_for_code(parent)  # a Commission spokesperson speaks for the EU
            if body is not None and body.parent in acting_parents():
                return body.parent
        return state_code(self.entity)

    def out(self) -> Ref:
        """The party as an event record gives it."""
        return {"id": self.entity.get("id"), "name": self.entity.get("name"), "code": self.code, "sector": self.sector}


def party(entity: dict[str, Any]) -> Party:
    """The entity acting in its own sector."""
    return Party(entity, entity.get("sector"))


def group(name: str, code: str | None, sector: str) -> Party:
    """An unnamed home group of country ``code`` ("protesters", "authorities", "la police")."""
    return Party({"id": None, "name": name, "type": "GROUP", "code": code}, sector, domestic=True)


@functools.cache
def _actor_names() -> dict[str, tuple[str, str, str]]:
    """Folded name -> (code, sector, country) of the non-state actors of ``actors.tsv``."""
    return {_fold(name): (a.code, a.sector, a.country) for a in kb.actors() for name in a.names}


@functools.cache
def _surnames() -> dict[str, str]:
    """Folded surname -> the state of the leader it names alone (``leader_surnames.tsv``)."""
    return {_fold(n): code for code, names in kb.leader_surnames() for n in names}


def _fold(name: str) -> str:
    return _LEADING_ARTICLE.sub("", kb.norm(name).replace("-", " ").replace("'", " ")).strip()


def acting(entity: dict[str, Any], acronyms: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The entity as an event party sees it: an organisation without a code of its own gets the code of the actor
    it names in ``actors.tsv`` ("Hamas" -> HAMAS, sector REB; "People's Liberation Army" -> CHN, sector MIL), a
    person without a country the state a leader listed there acts for ("Vladimir Putin" -> RUS), or that a
    surname names alone (``leader_surnames.tsv``: an entity named "Trump", never "Ivanka Trump").
    Returns the entity itself when nothing changes, else a copy. (An organisation's own name is no code: state
    bodies the recogniser leaves without a country, "CENTCOM", "RCMP", would act under their names.)"""
    if entity.get("code") or entity.get("type") not in ("ORG", "PERSON"):
        return entity
    if entity.get("type") == "PERSON" and entity.get("country"):
        return entity
    names = _names(entity)
    known = _actor_names()
    hit = next((known[k] for n in names if (k := _fold(n)) in known), None)
    single = (entity.get("name") or "").strip()
    name = _fold(single) if " " not in single else ""
    if hit is None and entity.get("type") == "PERSON" and name in _surnames():
        # a person the text names by a surname alone ("the Trump administration", "Poutine a averti")
        return {**entity, "sector": entity.get("sector") or "GOV", "country": _surnames()[name]}
    if hit is not None:
        code, sector, country = hit
        if entity.get("type") == "PERSON":  # a leader acts for the state ("Vladimir Putin" -> RUS, sector GOV)
            return {**entity, "sector": entity.get("sector") or sector, "country": country or None}
        return {**entity, "code": code, "sector": sector or entity.get("sector"), "country": country or None}
    if entity.get("type") == "ORG" and not entity.get("country") and (own := _acronym(names, acronyms)):
        # a party, movement, junta or armed group the tables do not know acts under its acronym ("le CNSP")
        return {**entity, "code": own}
    return entity


def at_home(entity: dict[str, Any], state: str | None) -> dict[str, Any]:
    """A person the text gives a role (a sector) but no state acts for ``state``, the state of the wire dateline
    ("OTTAWA (AP) - Minister X condemned"; not the state a text names first, often the foreign side), else the one
    state a text with no dateline names (:func:`.frame.new_frame`: a home story). Returns the entity itself when
    nothing changes, else a copy."""
    if entity.get("type") != "PERSON" or state_code(entity) or not entity.get("sector"):
        return entity
    return {**entity, "country": state} if state else entity


def acronyms(entities: Iterable[dict[str, Any]]) -> frozenset[str]:
    """The acronyms that the organisations of a text are named by ("CNSP", "M23"), but those of its state bodies
    ("Department of Foreign Affairs and Trade", DFAT)."""
    orgs = [e for e in entities if e.get("type") == "ORG"]
    found = {n for e in orgs for n in _names(e) if _ACRONYM.fullmatch(n)}
    return frozenset(found - {_initials(e.get("name") or "") for e in orgs if _body(e.get("name") or "")})


def _names(entity: dict[str, Any]) -> list[str]:
    return [entity.get("name") or ""] + [m.get("text", "") for m in entity.get("mentions") or [] if isinstance(m, dict)]


@functools.cache
def _body_heads() -> frozenset[str]:
    """The normalised first words of ``body_heads.tsv`` (read once)."""
    return frozenset(kb.norm(row["word"]) for row in read_table(BODY_HEADS))


def _body(name: str) -> bool:
    """Whether ``name`` is a state body's ("Ministère de l'Intérieur": ``body_heads.tsv``)."""
    first = kb.norm(name).split(" ")[0] if name.strip() else ""
    return first in _body_heads()


def _initials(name: str) -> str:
    """The initials of the capitalised and content words of a name: "Conseil national pour la Sauvegarde de la
    Patrie" -> CNSP."""
    words = [w for w in re.split(r"[\s'’-]+", name) if len(w) > 4 or w[:1].isupper()]
    return "".join(w[0] for w in words).upper() if len(words) >= 3 else ""


def _acronym(names: list[str], known: frozenset[str]) -> str | None:
    """The organisation's acronym among the text's ``known`` ones: one of its names ("CNSP", "M23"), else the
    initials of its name ("Conseil national pour la Sauvegarde de la Patrie"); a state body has none."""
    if not names or _body(names[0]):
        return None
    own = next((n for n in names if n in known), None)
    if own is not None:
        return own
    initials = _initials(names[0])
    return initials if initials and initials in known else None


def state_code(entity: Mapping[str, Any]) -> str | None:
    """The state an entity stands for: its own code (a state, an organisation), else its country's (a city, a
    person)."""
    code: str | None = entity.get("code") or entity.get("country")
    return code


def is_country(entity: Mapping[str, Any] | None) -> bool:
    """Whether an entity is a country: a place with a state code of its own ("le Mali", "Guinea"), not a city or a
    region of one (:func:`is_state` also admits organisations and governments)."""
    return entity is not None and entity.get("type") == "GPE" and len(entity.get("code") or "") == 3


def is_body(party: Party) -> bool:
    """Whether a party is an international body (an organisation of sector IGO: the UN, its Security Council, the
    AU), whose members meet and agree among themselves."""
    return party.entity.get("type") == "ORG" and party.sector == "IGO"


def dict_of(record: Entity | Ref) -> dict[str, Any]:
    """An entity record (or an event's party) seen as a plain dict: the coder reads its keys with ``get``."""
    return cast(dict[str, Any], record)  # a TypedDict is a dict at run time


def place(entity: dict[str, Any]) -> Place:
    """The location of an event: a place entity and the code of its state."""
    return {"id": entity.get("id"), "name": entity.get("name"), "code": state_code(entity)}


def is_state(entity: dict[str, Any]) -> bool:
    """A state (or organisation), not a place within one: its own code is its ISO-3 code."""
    return (
        entity.get("type") != "GPE"
        or str(entity.get("id", "")).startswith(kb.COUNTRY_ID)
        or entity.get("sector") == "GOV"
    )


def coded_party(entities: Iterable[dict[str, Any]], code: str, *, bloc: bool = False) -> Party:
    """The state (or, with ``bloc``, the bloc) ``code`` as a party: the text's own entity for it (a GPE for a state,
    an ORG for a bloc), else one made from the knowledge base's entry. A state acts as its government (sector GOV)
    and is named through anaphora (no name in the phrase that gives it); a bloc keeps its own sector, IGO when the
    knowledge base gives none."""
    etype = "ORG" if bloc else "GPE"
    named = next((e for e in entities if e.get("type") == etype and e.get("code") == code), None)
    if named is None:
        entry = kb.load().entry_for_code(code)
        name = entry.name if entry is not None else code
        if bloc:
            sector = (entry.sector if entry is not None else None) or "IGO"
            ident = entry.id if entry is not None else None
            named = {"id": ident, "name": name, "type": "ORG", "code": code, "sector": sector}
        else:
            named = {"id": None, "name": name, "type": "GPE", "code": code, "sector": "GOV"}
    return Party(named, named.get("sector")) if bloc else Party(named, "GOV", anaphor=True)
