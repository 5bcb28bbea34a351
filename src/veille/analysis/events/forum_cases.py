"""The forum named in a case noun: "its WTO appeal against India's tariffs", "withdrew its World Trade Organization
complaint": a court or intergovernmental body (sectors.tsv class ``forum``) that modifies a noun of a case brought
(events.json ``case_nouns``: appeal, complaint, case, lawsuit...) hears the case and is no recipient of the
accusation, nor of the concession that drops it (``cues.json`` ``forum_types``); the party the case is against is
(an "against" complement, else the story's other side). Read by :func:`.recipients._forums`, which reads forums
named by a preposition ("lodged a complaint with the AU") for the same types."""

from __future__ import annotations

from spacy.tokens import Token

from .. import kb
from ..tree import children
from .frame import Frame
from .lexicon import neutral_cue
from .parties import Party
from .syntax import NOMINAL, parties_at


def forum_types() -> frozenset[str]:
    """The types whose recipient is never the forum that hears the case (``cues.json``)."""
    return neutral_cue("forum_types") or frozenset({"ACCUSE"})


def case_modifiers(f: Frame, queue: list[Token]) -> tuple[list[Token], set[int]]:
    """The modifiers of the case nouns among the objects of ``queue`` that name only forums, and the ids of the
    entities they name."""
    nouns = f.cues["case_nouns"]
    out: list[Token] = []
    ids: set[int] = set()
    for c in queue:
        if c.dep_ not in ("obj", "dobj") or c.lemma_.lower() not in nouns:
            continue
        for k in children(c):
            if k.dep_ not in ("compound", "amod", "nmod") or k.i > c.i:
                continue
            heard = parties_at(f, k, NOMINAL, 1)[0]
            if heard and all(p.sector in kb.sectors_in("forum") for p in heard):
                out.append(k)
                ids |= {id(p.entity) for p in heard}
    return out, ids


def case_targets(f: Frame, queue: list[Token], heard: set[int], actors: list[Party]) -> list[Party]:
    """The parties a case brought before a forum is against: those of a recipient preposition ("against X") of the
    verb or of its object, neither a forum that hears it (the ids ``heard``) nor an actor."""
    preps = f.cues["recipient_preps"] - f.cues["forum_preps"]
    mine = {id(p.entity) for p in actors}
    held = [k for c in queue if c.dep_ in ("obj", "dobj") for k in children(c)]
    # "filed a complaint at the WTO against India": the parse may hang "against" on the forum's name
    held += [k for c in queue if c.dep_ == "prep" for g in children(c) if g.dep_ == "pobj" for k in children(g)]
    for c in queue + held:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        found = [p for p in parties_at(f, c, NOMINAL, 2)[0] if p.code and id(p.entity) not in heard | mine]
        if found:
            return found
    return []
