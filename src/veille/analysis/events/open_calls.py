"""A call for a mutual act or its end that names no one to do it (« a appelé à un cessez-le-feu », « réclame l'arrêt
des hostilités »): the real-news golds code it as a request with no recipient, where a request with none was
dropped. Per-language list ``open_call_types`` (events.json; French: REQUEST; English: none); the mutual nouns are
``mutual_nouns``, the complement's head or the noun it governs (« la fin des combats »)."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .frame import Frame

#: The complements of a verb that may name what is called for: its object and its obliques.
_CALLED = ("obj", "dobj", "obl", "obl:arg", "obl:mod", "iobj", "prep", "pobj", "xcomp")


def open_call(f: Frame, etype: str, trig: Token) -> bool:
    """Whether the verb ``trig`` read as ``etype`` calls for a mutual act or its end with no one named to do it."""
    if etype not in f.cues["open_call_types"]:
        return False
    words = f.cues["mutual_nouns"]
    for c in children(trig):
        if c.dep_ not in _CALLED:
            continue
        if c.lemma_.lower() in words or any(k.lemma_.lower() in words for k in children(c) if k.dep_ == "nmod"):
            return True
    return False
