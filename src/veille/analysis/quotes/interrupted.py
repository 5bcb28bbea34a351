"""A bare reported clause whose subject the parser took for the speech verb's object, because an adjunct between
commas parts it from its verb: "X said the bridge, despite the storm, was safe", "X said the talks, despite the
delays, were going well"; so too with no adjunct, the clause's verb right after the object ("X maintained the pumps
had been serviced"). Languages with the flag ``bare_reported_clause``; read by :mod:`.indirect` where the verb
reported nothing else."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from . import labels
from .frame import Frame
from .lexicon import BARE_REPORTED_CLAUSE

#: The clause labels the parser gives the verb after the adjunct.
_CLAUSE = frozenset({"ccomp", "advcl"})


def interrupted_clause(fr: Frame, v: Token) -> tuple[Token, Token] | None:
    """``(first, last)`` tokens of the clause speech verb ``v`` reports through an object noun, a comma, an adjunct
    and a comma, then a finite verb with no subject of its own hung on ``v`` or after the adjunct ("said the bridge,
    despite the storm, was safe"); None when the words after the object are no such clause ("said a prayer, then
    left", "told the mayor, who was ill, nothing")."""
    if not fr.lex.has(BARE_REPORTED_CLAUSE):
        return None  # a bare clause only where the language has one
    doc = v.doc
    obj = next((c for c in children(v) if c.dep_ in {"dobj", "obj"} and c.i > v.i), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or obj.right_edge.i + 1 >= len(doc):
        return None
    joined = doc[obj.right_edge.i + 1].text != ","  # "maintained the pumps had been serviced": no adjunct
    for cl in children(v):
        if cl.dep_ not in _CLAUSE or cl.i <= obj.i or not fr.same_unit(v, cl):
            continue
        verb = next((c for c in children(cl) if c.dep_.startswith("aux")), cl) if cl.pos_ != "AUX" else cl
        if any(c.dep_ in labels.SUBJECT or c.dep_.startswith("nsubj") for c in children(cl)):
            return None  # a clause of its own subject: read as such
        if "Fin" not in labels.feature(verb, "VerbForm"):
            continue
        if cl.left_edge.i != obj.right_edge.i + 1 if joined else doc[verb.i - 1].text != ",":
            continue
        if any(c.dep_ == "mark" for c in children(cl)):
            return None  # "said the bridge, though it was safe, …": a subordinate clause of the verb
        u = fr.unit_of(v)
        last = doc[min(cl.right_edge.i, u.end - 1)]
        while last.i > cl.i and last.is_punct:
            last = doc[last.i - 1]
        return doc[obj.left_edge.i], last
    return None
