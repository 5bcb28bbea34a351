"""Speakers named together with a source preposition ("Selon X et Y, …", "…, selon X et Y."): each conjunct of the
source speaks too."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from . import labels

#: The parts of speech of a conjunct that may speak.
_SPEAKING = frozenset({"PROPN", "NOUN", "PRON"})


def with_conjuncts(heads: list[Token]) -> list[Token]:
    """``heads`` and, in order, the conjuncts coordinated with them (a conjunct of a conjunct too: "X, Y et Z"),
    not those of a word inside their phrase ("le ministère de l'Intérieur et de la Défense": one speaker), nor common
    nouns joined to a common noun ("des sources sécuritaires et des témoins": one unnamed source, described by the
    whole phrase)."""
    out = list(heads)
    for h in heads:
        for c in h.subtree:
            if c.dep_ == "conj" and c.head in out and c.pos_ in _SPEAKING and c not in out and _named(c, h):
                out.append(c)
    return out


def _named(conjunct: Token, head: Token) -> bool:
    """Whether ``conjunct`` or ``head`` is a name, or the conjunct a role with its holder's name ("le Premier ministre
    X et la ministre Y"): two common nouns alone make one described source."""
    return "PROPN" in {conjunct.pos_, head.pos_} or any(
        x.pos_ == "PROPN" and x.dep_ in labels.NAME for x in children(conjunct)
    )
