"""Acts told as wished or needed, not done: the clause of a predicate of need ("it is vital that X and Y work
together", "it is important that China release them") and the gerund a speaker looks forward to ("looked forward
to both states working with each other"). The clause's verb names what someone wants to happen: its act is
intended (:mod:`.modality`).

The words are the language's ``modality.json``: ``need_predicates`` (adjectives of a copula whose clause is
needed) and ``wishing_prepositions`` ("look forward to": a verb, an adverb and the preposition whose gerund is
wished). Only the clause's own verb is read: an event noun deeper inside the clause ("looked forward to results
from the talks of X and Y") keeps its own modality."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from . import hedges
from .frame import Frame
from .lexicon import listed

#: the label under which a parse hangs the content clause of a predicate of need ("that X work together"); its
#: infinitives are intended already, as the complement of a verb chain ("it is vital to meet") or a purpose ("it is
#: essential for X to meet")
_NEED_CLAUSES = frozenset({"ccomp"})

#: the labels under which a parse hangs the gerund after "look forward to": on the preposition's noun (the gerund's
#: subject, "both states working"), on the preposition itself, or on the verb
_GERUND_CLAUSES = frozenset({"acl", "pcomp", "advcl"})


def wished(f: Frame, trig: Token) -> bool:
    """Whether the verb ``trig`` heads the clause of a predicate of need or the gerund a speaker looks forward to."""
    c = hedges.cues(f.lex.code)
    if trig.pos_ not in ("VERB", "AUX") or trig.head.i == trig.i:
        return False
    return _needed(f, trig, c["need_predicates"], c["perfect_auxiliaries"]) or _looked_forward(
        f, trig, c["wishing_prepositions"]
    )


def _needed(f: Frame, trig: Token, words: frozenset[str], perfect: frozenset[str]) -> bool:
    """ "it is vital that X work together", "it is important that China release them": the content clause hangs on a
    copula whose adjective is a word of need, or on that adjective itself, and has its own subject or mark and no
    past or perfect ("it was vital that they met", "it is important that X has signed": done, and weighed)."""
    if not words or trig.dep_ not in _NEED_CLAUSES:
        return False
    head = trig.head
    if not f.inside(head):
        return False
    adjectives = [head] if head.pos_ == "ADJ" else [k for k in children(head) if k.dep_ == "acomp"]
    if not any(listed(a, words) for a in adjectives):
        return False
    kids = children(trig)
    done = "Tense=Past" in str(trig.morph) or any(
        k.dep_.startswith("aux") and ("Tense=Past" in str(k.morph) or k.lemma_.lower() in perfect) for k in kids
    )
    return not done and any(k.dep_ in ("mark", "nsubj") for k in kids)


def _looked_forward(f: Frame, trig: Token, phrases: frozenset[str]) -> bool:
    """ "looked forward to both states working with each other": a gerund hung on the preposition of the phrase,
    on its noun, or on the verb after that preposition."""
    if not phrases or trig.dep_ not in _GERUND_CLAUSES or "Aspect=Prog" not in str(trig.morph):
        return False
    head = trig.head
    if trig.dep_ == "acl" and head.dep_ == "pobj":
        prep, verb = head.head, head.head.head
    elif trig.dep_ == "pcomp":
        prep, verb = head, head.head
    else:
        preps = [k for k in children(head) if k.dep_ == "prep" and k.i < trig.i]
        if not preps:
            return False
        prep, verb = preps[-1], head
    if prep.pos_ != "ADP" or verb.i == prep.i or not f.inside(verb):
        return False
    adverbs = [k.lower_ for k in children(verb) if k.dep_ in ("advmod", "prt", "compound:prt")]
    lemma = verb.lemma_.lower()
    return any(f"{lemma} {a} {prep.lower_}" in phrases for a in adverbs)
