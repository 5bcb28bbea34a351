"""Acts told as reciprocal by an adverb (« Oslo et Stockholm s'accusent mutuellement », « se sont réciproquement
accusés »): with two sides or more among its actors, each does the act to the other, whatever else its clause
names (the real-news golds code it once, every side as actor and recipient). The adverbs are per language
(events.json ``reciprocal_adverbs``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .frame import Frame


def reciprocal(f: Frame, verb: Token) -> bool:
    """Whether ``verb`` has an adverb of events.json ``reciprocal_adverbs`` among its own words: a modifier of the
    verb, or hung on its reflexive pronoun (« s'accuser mutuellement » parsed with the adverb an object of « s' »)."""
    adverbs = set(f.cues["reciprocal_adverbs"])
    own = [*children(verb), *(g for k in children(verb) if k.pos_ == "PRON" for g in children(k))]
    return any(k.lower_ in adverbs for k in own)
