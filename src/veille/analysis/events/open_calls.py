"""Calls for a mutual act or its end (« a appelé à un cessez-le-feu », « réclame l'arrêt des hostilités », "called
for an end to the fighting"). :func:`mutual_named` is the one test of a phrase that names a mutual act (events.json
``mutual_nouns``, the noun itself or a complement's: « la fin des combats »), read by :func:`open_call` and by
:func:`.discourse.truce_sides` (a truce asked of the story's warring sides).

:func:`open_call`: a call that names no one to do it; the real-news golds code it as a request with no recipient,
where a request with none was dropped. Per-language list ``open_call_types`` (events.json; French: REQUEST;
English: none)."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .frame import Frame

#: The complements of a verb that may name what is called for: its object and its obliques.
_CALLED = ("obj", "dobj", "obl", "obl:arg", "obl:mod", "iobj", "prep", "pobj", "xcomp")


def mutual_named(f: Frame, noun: Token, forms: bool = True) -> bool:
    """Whether ``noun`` names a mutual act, itself or by its complement ("l'arrêt des hostilités", "an end to the
    fighting": an ``nmod``, a ``pobj``, the ``pobj`` of a ``prep``), by a word's lemma or, with ``forms``, its
    printed form too (a noun the tagger reads otherwise keeps its form)."""
    mutual = f.cues["mutual_nouns"]
    words = [noun] + [k for k in children(noun) if k.dep_ in ("nmod", "pobj")]
    words += [g for k in children(noun) if k.dep_ == "prep" for g in children(k) if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in mutual or (forms and w.lower_ in mutual) for w in words)


def open_call(f: Frame, etype: str, trig: Token) -> bool:
    """Whether the verb ``trig`` read as ``etype`` calls for a mutual act or its end with no one named to do it: its
    object or an oblique (``_CALLED``) names one (:func:`mutual_named`), by lemma alone (``forms`` off: the form
    too, as a truce request reads it, would widen the French open call as it was measured at stop 50). The
    complements' ``pobj`` and ``prep`` labels are English: the French parse gives none, and English has no
    ``open_call_types``."""
    if etype not in f.cues["open_call_types"]:
        return False
    return any(c.dep_ in _CALLED and mutual_named(f, c, forms=False) for c in children(trig))
