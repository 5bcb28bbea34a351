"""Datelines ("WASHINGTON (AP) — …", "BRUSSELS, June 25 (Reuters) - "): a place name there never speaks, and a
reported clause starts after it. The datelines are the text context's (:mod:`veille.analysis.context`)."""

from __future__ import annotations

from spacy.tokens import Token

from ..context import TextContext


def in_dateline(t: Token, context: TextContext) -> bool:
    """Whether token ``t`` lies in a dateline."""
    return t.i in context.dateline_tokens


def after_dateline(toks: list[Token], context: TextContext) -> Token:
    """The first of ``toks`` after a dateline that opens them, else the first of them."""
    for d in context.datelines:
        if d.start <= toks[0].i < d.dash and d.dash + 1 < toks[-1].i + 1:
            return toks[0].doc[d.dash + 1]
    return toks[0]
