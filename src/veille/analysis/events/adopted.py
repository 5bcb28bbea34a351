"""Sanctions a party takes over from another: « Oslo reprend à son compte les mesures de Bruxelles », « Oslo se range
aux sanctions de Bruxelles », "Norway adopts the EU's sanctions". The sanctions' author (the measure noun's genitive
or agent, events.json ``adopted_nouns``) is not what the adopting party's act aims at, and the adopting party is not
what the author's sanctions aim at: both aim at whom the sanctions name (« contre la Russie »), else at the story's
other side once the adopter and the author are left out (a Norwegian story of the EU's sanctions on Russia: Russia),
as the real-news golds code them. Read for the types of ``adoption_types``: a verb whose object is such a noun with
an author other than the verb's actors, and such a noun with no target of its own that a verb of ``adoption_verbs``
governs (through a package noun: « un train de mesures de Bruxelles ») whose subject names another party."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .actors import actors as clause_actors
from .frame import Frame
from .parties import Party, party
from .placetime import adversary
from .recipients import noun_parties
from .syntax import complements, objects, verb_lemma


def adopted_recipients(
    f: Frame, trig: Token, etype: str, pos: str, actors: list[Party], found: list[Party]
) -> list[Party] | None:
    """The recipients of a reading of ``etype`` at ``trig`` (a ``pos`` trigger by ``actors``, ``found`` its
    recipients so far) that tells of sanctions taken over from another party (module docstring); None where it
    tells of none."""
    if etype not in f.cues["adoption_types"] or not actors:
        return None
    mine = {p.code for p in actors}
    if pos == "verb":
        nouns = _measures(f, [o for o in children(trig) if o in objects(f, trig) or o.dep_ == "obl:arg"])
        authors, targets = _sides(f, nouns, [trig])
        if not authors or {p.code for p in authors} & mine:
            return None  # its own sanctions, or none named: as read
        return targets or adversary(f, actors + authors)
    if found or trig.lemma_.lower() not in f.cues["adopted_nouns"]:
        return None
    verb = trig.head
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in f.cues["adopted_nouns"] and trig.dep_ == "nmod":
        verb = verb.head  # « reprendre un train de mesures »
    if verb.i == trig.i or verb.pos_ != "VERB" or verb_lemma(f, verb) not in f.cues["adoption_verbs"]:
        return None
    adopters = [p for p in clause_actors(f, verb)[0] if p.code and p.code not in mine]
    return adversary(f, actors + adopters) if adopters else None


def _measures(f: Frame, tokens: list[Token]) -> list[Token]:
    """The measure nouns among ``tokens`` and the measure nouns their package nouns hold (« le paquet de
    sanctions »)."""
    nouns = [t for t in tokens if t.lemma_.lower() in f.cues["adopted_nouns"]]
    return nouns + [
        k for n in nouns for k in children(n) if k.dep_ == "nmod" and k.lemma_.lower() in f.cues["adopted_nouns"]
    ]


def _sides(f: Frame, nouns: list[Token], verbs: list[Token]) -> tuple[list[Party], list[Party]]:
    """The coded authors and targets the measure ``nouns`` name, the targets also by a complement of the ``verbs``
    that adopt them (« Oslo applique face à Moscou les mesures de Bruxelles », the complement hung on the verb)."""
    authors: list[Party] = []
    targets: list[Party] = []
    for n in nouns:
        a, t = noun_parties(f, n, "agent")
        authors += [p for p in a if p.code]
        targets += [p for p in t if p.code]
    by = {p.code for p in authors}
    for prep, k in (x for n in nouns + verbs for x in complements(n)):  # « face à la Russie »
        if prep in f.cues["adopted_target_preps"] and (entity := f.mentions.entity(k)) is not None:
            if (target := party(entity)).code and target.code not in by:
                targets.append(target)
    return authors, targets
