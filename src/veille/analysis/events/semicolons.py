"""Clauses a separator keeps apart (issue 13, modality): in a list of summary clauses ("X says ...; Y condemns ...;
Z urges restraint"), the parse may hang one clause as the content of a verb of demand or denial across the
semicolon; each clause is told on its own (``modality.json``: ``clause_separators``)."""

from __future__ import annotations

from spacy.tokens import Token

from . import hedges
from .frame import Frame


def apart(f: Frame, clause: Token, head: Token) -> bool:
    """Whether a separator of clauses stands between a clause's verb and the verb the parse hangs it on."""
    separators = hedges.cues(f.lex.code)["clause_separators"]
    lo, hi = sorted((clause.i, head.i))
    return bool(separators) and any(t.text in separators for t in clause.doc[lo + 1 : hi])
