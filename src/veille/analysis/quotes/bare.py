"""A bare reported clause the parser cut from its speech verb, read by :mod:`.indirect`.

Where a language reports speech in a clause with no complementizer (flag ``bare_reported_clause``: "said the plan
had failed"), a parenthesis of time after the verb ("X said on Tuesday (May 12) he was withdrawing…") makes the
parser end the verb's sentence there and open a second root with the clause. The clause is still what the verb
reports: :func:`cut_clause` finds it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children, tokens
from . import labels
from .frame import Frame
from .lexicon import BARE_REPORTED_CLAUSE

#: Parts of speech of the words of time between a speech verb and its cut clause ("on Tuesday (May 12)").
_TIME_WORDS = frozenset({"ADP", "PUNCT", "NUM", "PROPN", "NOUN", "DET"})


def cut_clause(fr: Frame, v: Token) -> tuple[Token, Token] | None:
    """First and last words of the clause speech verb ``v`` reports where the parser made it a root of its own
    right after ``v`` and its phrases of time ("said on Tuesday (May 12) he was withdrawing…"): a finite verb with
    a subject of its own, only words of time entities (and their prepositions and brackets) between; None when
    ``v`` has an object or a clause, or the words between are anything else ("said nothing. He left")."""
    if not fr.lex.has(BARE_REPORTED_CLAUSE) or v.dep_ != "ROOT":
        return None
    if any(c.i > v.i and (c.dep_ in labels.OBJECT_COMPLEMENT or c.dep_ in {"ccomp", "xcomp"}) for c in children(v)):
        return None
    u = fr.unit_of(v)
    root = next((t for t in tokens(fr.doc)[v.i + 1 : u.end] if t.head.i == t.i), None)
    if root is None or root.pos_ not in labels.VERBAL or not labels.finite(root):
        return None
    if not any(c.dep_ in labels.SUBJECT and c.i < root.i for c in children(root)):
        return None
    gap = tokens(fr.doc)[v.i + 1 : root.left_edge.i]
    if not gap or not any(t.ent_type_ in labels.TIME_ENTITY for t in gap):
        return None  # a bare clause right after the verb is the parser's own reading; none cut without a time phrase
    if not all(
        t.pos_ in _TIME_WORDS and (t.ent_type_ in labels.TIME_ENTITY or t.pos_ in {"ADP", "PUNCT"}) for t in gap
    ):
        return None
    if any(t.text in {".", "!", "?", ";", ":"} for t in gap):
        return None
    last = tokens(fr.doc)[min(root.right_edge.i, u.end - 1)]
    while last.i > root.i and last.is_punct:
        last = fr.doc[last.i - 1]
    return root.left_edge, last
