"""Speakers named together: the names coordinated with a source or an inverted subject ("…, selon X et Y.", "…, ont
affirmé X et Y.", "…, ont indiqué le ministre X et la ministre Y."), which the surface reading of the phrase stops
before at its conjunction. Each conjunct speaks too, and a statement made together is attributed only when every
conjunct names someone found."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .speakers import Speaker, dedupe

#: The parts of speech of a conjunct that may speak.
_SPEAKING = frozenset({"PROPN", "NOUN", "PRON"})


def with_conjuncts(heads: list[Token]) -> list[Token]:
    """``heads`` and, in order, the conjuncts coordinated with them (a conjunct of a conjunct too: "X, Y et Z"),
    not those of a word inside their phrase ("le ministère de l'Intérieur et de la Défense": one speaker)."""
    out = list(heads)
    for h in heads:
        for c in h.subtree:
            if c.dep_ == "conj" and c.head in out and c.pos_ in _SPEAKING and c not in out:
                out.append(c)
    return out


def every_head(resolve: Callable[[Token, int], list[Speaker]], heads: list[Token], pos: int) -> list[Speaker]:
    """The speakers of coordinated ``heads`` resolved at ``pos`` by ``resolve`` (one head's speakers); none when a
    conjunct names no one found: a statement made together is no one's alone ("…, ont révélé X et Y" with Y not
    found is not X's), as an unattributed quote is dropped rather than guessed."""
    found = [resolve(h, pos) for h in heads]
    if len(heads) > 1 and any(h.dep_ == "conj" for h in heads) and not all(found):
        return []
    return dedupe([s for f in found for s in f])
