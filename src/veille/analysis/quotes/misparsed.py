"""Complements of a speech verb that the parser labels as something else: a call's complement read as an adjunct
after a time word ("a appelé samedi à la retenue"), a negated or passive bare infinitive read as a clause with no
subject ("affirme n'avoir jamais été consulté"), a complementizer tagged as an adverb ("a précisé qu'une enquête pour
« … »"), one reported clause split into two clausal complements ("Talks have made progress and a deal is expected
soon, a source said": "made" and "expected" both hung on "said"). Read by :mod:`.indirect` as the complements they
are."""

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


def _clauses(v: Token) -> list[Token]:
    """The clausal complements of ``v``, in order."""
    return [c for c in children(v) if c.dep_ == "ccomp"]


def continues_clause(v: Token, cl: Token) -> bool:
    """Whether clausal complement ``cl`` of ``v`` goes on with the one printed right before it, on the same side of
    ``v``: only punctuation between the two, or a conjunction that closes the first ("have made progress and an
    agreement is expected, a source said"; "has 18 hostages, many of them seized at sea"), and no complementizer
    of its own ("said that … and that …" is the parser's conjunct, not this)."""
    before = [c for c in _clauses(v) if c.i < cl.i]
    if not before or (before[-1].i < v.i) != (cl.i < v.i) or any(complementizer(m) for m in children(cl)):
        return False
    doc, end = v.doc, before[-1].right_edge.i
    k = end + 1  # past the punctuation and conjunctions between the two, inside the second's phrase or not
    while k < cl.i and (doc[k].is_punct or doc[k].pos_ == "CCONJ"):
        k += 1
    return k >= cl.left_edge.i and (k > end + 1 or doc[end].pos_ == "CCONJ")


def clause_end(v: Token, cl: Token) -> Token:
    """The last token of reported clause ``cl`` of ``v``, with the complements that go on with it
    (:func:`continues_clause`)."""
    last = cl.right_edge
    for c in (c for c in _clauses(v) if c.i > cl.i):
        if not continues_clause(v, c) or c.left_edge.i <= last.i:
            break
        last = c.right_edge
    return last
