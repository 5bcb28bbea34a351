"""A report inside a relative clause whose gap is the reported clause's subject: "…on charges his lawyers say were
invented", "the attacks which the army says were carried out by X", "weapons it says came from Y". The reported
clause has no subject of its own (the noun the relative clause qualifies is it); it is still what the speech verb
states, from its first word ("were invented…", as the golds start it). Read by :mod:`.indirect` where a bare
clause otherwise needs a subject."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from . import labels


def relative_gap(v: Token, cl: Token) -> bool:
    """Whether ``cl``, a clause of speech verb ``v``, is the finite clause with no subject that a relative clause
    through ``v`` reports (see the module docstring)."""
    return (
        v.dep_ == "relcl"
        and cl.i > v.i
        and labels.finite(cl)
        and not any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in children(cl))
        and any(c.dep_.startswith("nsubj") and c.i < v.i for c in children(v))
    )
