"""Adjuncts of backing: a party said to back an act, to consent to it or to sponsor it ("expulsé deux diplomates
avec l'accord du Nigeria", "libéré les otages avec l'aval de l'Algérie", "négocient sous l'égide du Qatar") is no
side of that act: neither its recipient nor, through the adjunct, its actor. The nouns and their prepositions are
data (``lang/<code>/events.json``: ``backing_nouns``, ``backing_cases``); a language without them has none.

The noun must name whose backing it is by a genitive complement: "un accord avec le Mali" names a partner, not a
backer, and stays a side."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .frame import Frame


def own_case(tok: Token) -> str | None:
    """The preposition a noun's own case child gives it, or the preposition it hangs under (a "mark" child is not
    one, unlike :func:`.syntax.case`, which this module cannot import: syntax reads the adjuncts of backing)."""
    found = next((str(c.lower_) for c in children(tok) if c.dep_ == "case"), None)
    return found if found is not None else (str(tok.head.lower_) if tok.dep_ == "pobj" else None)


def backing_adjunct(f: Frame, tok: Token) -> bool:
    """Whether ``tok`` heads an adjunct of backing: a backing noun under its preposition, with a genitive
    complement that names the backer ("avec l'accord du Nigeria", "sous les auspices de l'Union africaine")."""
    nouns = f.cues["backing_nouns"]
    if tok.pos_ not in ("NOUN", "PROPN") or (tok.lemma_.lower() not in nouns and tok.lower_ not in nouns):
        return False
    if own_case(tok) not in f.cues["backing_cases"]:
        return False
    genitive = f.cues["genitive_preps"]
    return any(k.dep_ not in ("amod", "det") and own_case(k) in genitive for k in children(tok))
