"""The author of a condemned act that an agent complement names where the parser hangs it: under the victims
("condemned the execution of four activists by the army": "by" under the activists) or on the active verb of the
disapproval ("condemned" above "the execution"). Read by :func:`.recipients._nearest` for an attack noun object that
names no author of its own (:mod:`.disapproved`)."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children, subtree
from .frame import Frame
from .parties import Party
from .syntax import NOMINAL, PASSIVE_SUBJECTS, case, parties_at


def agents_within(f: Frame, noun: Token, by: list[Party]) -> list[Party]:
    """The parties an agent complement under ``noun`` names, or one the parser hung on the active verb above it
    ("condemned the execution of four activists by the army": "by" under the activists, or under "condemned"),
    those of ``by`` left out; none for a noun without one."""
    mine = {p.code for p in by}
    verb = noun.head
    active = verb.i != noun.i and not any(k.dep_ in PASSIVE_SUBJECTS for k in children(verb))
    agents = [t for t in subtree(noun) if t.i != noun.i and _agent(f, t)]
    agents += [t for k in children(verb) if active and k.i > noun.i for t in [k, *children(k)] if _agent(f, t)]
    for t in agents:
        found = [p for p in parties_at(f, t, NOMINAL, 1)[0] if p.code and p.code not in mine]
        if found:
            return found
    return []


def _agent(f: Frame, tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and case(tok) in f.cues["agent_preps"]
