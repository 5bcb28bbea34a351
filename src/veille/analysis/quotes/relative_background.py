"""A speech verb in a relative clause of a sentence that an incise of another verb closes ("X, qui avait annoncé sa
candidature en mai, sera admis en juin, a précisé Y."): the whole sentence is the incise speaker's statement, and
what the relative clause tells of X is background inside it, no statement of X's. The parser hangs such a clause
as a relative, an adverbial clause or anything else; it is known by its relative pronoun subject ("qui")."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children, span_tokens
from . import labels
from .closing import incise
from .frame import Frame


def background_verb(fr: Frame, v: Token) -> bool:
    """Whether speech verb ``v`` speaks in a relative clause of a sentence that an incise of another verb, after it,
    closes (see the module docstring)."""
    relative = v.dep_ in labels.NOUN_CLAUSE or any(
        c.dep_ in labels.SUBJECT and "Rel" in labels.feature(c, "PronType") for c in children(v)
    )
    if not relative:
        return False
    closing = incise(fr, [t for t in span_tokens(fr.unit_of(v)) if not t.is_space])
    return closing is not None and closing[1].i != v.i and closing[0].i > v.i


__all__ = ["background_verb"]
