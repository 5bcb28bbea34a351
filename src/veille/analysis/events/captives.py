"""The release of people a participle says someone holds: "la libération de onze de ses citoyens retenus par
X", "la libération de son ressortissant détenu par la Corée du Nord". The holder, the agent of a participle
of an act that holds people (``cues.json``: ``holding_types``) qualifying the noun's genitive complement, releases
them: it is the actor of the release noun (of ``captive_types``, as for the agentless passive "des otages enlevés
par X ont été libérés": :mod:`.implicit`), and the parties the noun phrase read otherwise (the people's state) are
its recipients. A release whose author the phrase names itself ("la libération des otages par le Hamas") or whose
people no one is said to hold is left as read."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .actors import noun_phrase_parties
from .frame import Frame
from .lexicon import holding_types, implicit_actor_types
from .parties import Party
from .subjects import is_agent
from .syntax import case, prep_objects
from .triggers import match_trigger


def _holders(f: Frame, people: Token) -> list[Party]:
    """The coded agents of a holding participle that qualifies the noun ``people`` ("détenus par le Hamas")."""
    holding = frozenset().union(*holding_types().values())
    for part in children(people):
        if part.dep_ != "acl" or "VerbForm=Part" not in str(part.morph):
            continue
        hit = match_trigger(f, part)
        if hit is None or hit[0].type not in holding:
            continue
        agents = [g for g in children(part) if is_agent(f, g)]
        nouns = [n for g in agents for n in (prep_objects(g) if f.lex.preposition_heads else [g])]
        found = [p for n in nouns for p in noun_phrase_parties(f, n)[0] if p.code]
        if found:
            return found
    return []


def held_release(
    f: Frame, noun: Token, etype: str, actors: list[Party], targets: list[Party]
) -> tuple[list[Party], list[Party]] | None:
    """(actors, recipients) of the release ``noun`` of type ``etype`` whose people a participle says are held by
    someone, given the parties the noun phrase read (``actors``, ``targets``); None when that is not told."""
    if etype not in implicit_actor_types()[0]:
        return None
    genitive = f.cues["genitive_preps"]
    people = [k for k in children(noun) if case(k) in genitive]
    # "la libération de 9 de ses soldats": the people a number counts
    people += [g for k in people if k.pos_ in ("NUM", "PRON") for g in children(k) if case(g) in genitive]
    for k in people:
        if k.pos_ in ("NOUN", "PROPN") and (holders := _holders(f, k)):
            codes = {p.code for p in holders}
            return holders, [p for p in actors + targets if p.code and p.code not in codes]
    return None
