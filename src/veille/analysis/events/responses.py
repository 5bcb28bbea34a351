"""Acts told as answers to other acts: "expelled 20 diplomats in retaliation for expulsions by X", "launched
operations in response to the X attack", "following X's detention of a Y executive, Y barred imports". A clause's
hostile act answers the hostile act an event noun names under its response adjunct (events.json ``response_nouns``:
"in response to", "in retaliation for"; ``response_preps``: "following"), when the two are done by different
parties: the answered act, when its noun names its author but no coded target, was aimed at those who answer (the
clause's actors), and the answer, when its clause names no target, is aimed at the answered act's author. Both sides
come from the sentence, never from the story. A language without these lists (French so far) reads none."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import ancestors, children, subtree
from .actors import actors as clause_actors
from .frame import Frame
from .lexicon import types
from .parties import Party
from .recipients import noun_parties
from .syntax import objects, prep_objects, support_verb
from .triggers import match_trigger

ARGUMENT_DEPS = ("dobj", "obj", "nsubj", "nsubjpass")  # an event noun as its verb's object or subject


def answer_sides(f: Frame, trig: Token, pos: str, etype: str, by: list[Party]) -> list[Party]:
    """The recipients of a hostile act of type ``etype`` by ``by`` whose reading names none, from a response
    adjunct (module docstring); [] when there is none, or no coded party different from ``by``."""
    if not _hostile(etype) or not f.cues["response_nouns"]:
        return []
    mine = {p.code for p in by}
    if pos == "noun" and (answering := _answering_verb(f, trig)) is not None:
        # "in retaliation for expulsions by Prague, Russia expelled ...": the expulsions were aimed at Russia
        if _hostile_clause(f, answering):
            return _other(clause_actors(f, answering)[0], mine)
        return []
    verb = _clause_verb(trig, pos, f)
    answered = _answered_noun(f, verb) if verb is not None else None
    if answered is None or answered.i == trig.i:
        return []
    hit = match_trigger(f, answered)
    gen = hit[0].genitive if hit is not None else "agent"
    return _other(noun_parties(f, answered, gen)[0], mine)  # "in response to the Hamas attack": Hamas


def _other(parties: list[Party], mine: set[str | None]) -> list[Party]:
    return [p for p in parties if p.code and p.code not in mine]


def _hostile(etype: str) -> bool:
    return "conflict" in types()[(etype, None)].quad


def _clause_verb(trig: Token, pos: str, f: Frame) -> Token | None:
    """The verb whose clause tells the act: the trigger itself, or the verb that does or governs an event noun."""
    if pos == "verb":
        return trig
    verb = support_verb(f, trig)
    if verb is None and trig.head.i != trig.i and trig.head.pos_ == "VERB" and trig.dep_ in ARGUMENT_DEPS:
        verb = trig.head  # "launched operations", "the attack killed": the verb the noun is an argument of
    return verb


def _answering_verb(f: Frame, noun: Token) -> Token | None:
    """The verb above ``noun`` whose response adjunct names it (a few heads up: "for a slew of expulsions")."""
    for verb in [a for a in ancestors(noun) if a.pos_ == "VERB"][:2]:
        if (answered := _answered_noun(f, verb)) is not None:
            return verb if answered.i == noun.i else None
    return None


def _hostile_clause(f: Frame, verb: Token) -> bool:
    """Whether ``verb`` tells a hostile act: it or its object reads as one ("barred imports", "launched strikes")."""
    for tok in (verb, *objects(f, verb)):
        hit = match_trigger(f, tok)
        if hit is not None and _hostile(hit[0].type):
            return True
    return False


def _answered_noun(f: Frame, verb: Token) -> Token | None:
    """The hostile event noun a response adjunct of ``verb`` names: "following X", "in response to X", "in
    retaliation" with "for X" hung on the verb right after it; the noun or the one its "of" names ("a slew of
    expulsions")."""
    nouns, preps = f.cues["response_nouns"], f.cues["response_preps"]
    kids = children(verb)
    for k in kids:
        if k.dep_ != "prep":
            continue
        if k.lower_ in preps:
            found = prep_objects(k)
        else:
            heads = [g for g in prep_objects(k) if g.lemma_.lower() in nouns]
            if not heads:
                continue
            end = max(t.i for t in subtree(k))
            found = [g for h in heads for p in children(h) if p.dep_ == "prep" for g in prep_objects(p)]
            found += [g for p in kids if p.dep_ == "prep" and p.i == end + 1 for g in prep_objects(p)]
        for c in found:
            for n in (c, *(g for p in children(c) if p.lower_ in f.cues["genitive_preps"] for g in prep_objects(p))):
                hit = match_trigger(f, n)
                if hit is not None and hit[1] == "noun" and _hostile(hit[0].type):
                    return n
    return None
