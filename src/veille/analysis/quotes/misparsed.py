"""Complements of a speech verb that the parser labels as something else: a call's complement read as an adjunct
after a time word ("a appelé samedi à la retenue"), a negated or passive bare infinitive read as a clause with no
subject ("affirme n'avoir jamais été consulté"), a complementizer tagged as an adverb ("a précisé qu'une enquête pour
« … »"). Read by :mod:`.indirect` as the complements they are."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from . import labels
from .frame import Frame
from .lexicon import complementizer, fold


def marked_adjuncts(fr: Frame, v: Token, cue: str) -> list[Token]:
    """The complements after ``v`` that the parser read as adjuncts but whose preposition is a marker of the verb's
    statement (lexicon kind ``verb_object_marker``: "a appelé samedi à la retenue", the call's "à" after a time
    word); [] for a verb with no such rows."""
    entries = fr.lex["verb_object_marker"]
    return [
        c
        for c in children(v)
        if c.i > v.i
        and c.dep_.startswith("obl")
        and fr.same_unit(v, c)
        and any(m.dep_ in labels.CASE and f"{cue} {fold(m.text)}" in entries for m in children(c))
    ]


def infinitive_complement(cl: Token) -> bool:
    """Whether ``cl`` may be an infinitive complement: an xcomp, or a clause with no subject, as the parser may read
    a negated or passive infinitive ("affirme n'avoir jamais été consulté")."""
    return cl.dep_ == "xcomp" or (cl.dep_ == "ccomp" and not any(c.dep_ in labels.SUBJECT for c in children(cl)))


def finite_xcomp(cl: Token) -> bool:
    """Whether ``cl``, an open complement by the parser's label, is a finite clause with a subject of its own: the
    parser's reading of a bare reported clause after an object and an adverb of time ("told Reuters late on Monday
    the canal would open"); not an object's infinitive ("urged the council to act")."""
    return (
        cl.dep_ == "xcomp"
        and labels.finite(cl)
        and any(c.dep_.startswith("nsubj") and "Acc" not in labels.feature(c, "Case") for c in children(cl))
    )


def untagged_mark(cl: Token, v: Token) -> Token | None:
    """The complementizer opening clause ``cl`` of speech verb ``v`` that the parser tagged as something else and hung
    inside the clause ("a précisé qu'une enquête pour « sédition » avait été lancée": the model, misled by the quoted
    fragment, reads "qu'" as an adverb of "enquête"): the clause's first word after ``v`` when it is a complementizer
    with no negation before it in the clause (not the restrictive "ne … qu'"); None otherwise."""
    first = cl.doc[cl.left_edge.i]
    if first.i <= v.i or first.dep_ == "mark" or first.dep_ in labels.FIXED or not complementizer(first):
        return None
    return None if any(labels.feature(t, "Polarity") == ["Neg"] for t in cl.doc[v.i + 1 : first.i]) else first
