"""A short quote that fills its sentence and that the next sentence attributes through a speech verb ("« Vraiment
consternée ». C'est par ces mots que X a réagi", "« Un jour noir. » Voilà ce qu'a lancé X"): the quote ends its
sentence with a full stop, an exclamation or a question mark (a quoted heading line ends with none), and the next
sentence holds a speech verb, or an incise verb; its speaker speaks."""

from __future__ import annotations

from spacy.tokens import Token

from .following import following_heads
from .frame import Frame
from .marks import SENTENCE_ENDS


def named_after(fr: Frame, o: int, c: int) -> list[Token]:
    """The speaker phrase the sentence after the quote between marks ``o`` and ``c`` names with a speech verb; []
    when the quote does not end its sentence or the next sentence states no speech act."""
    after = fr.text[c + 1 :].lstrip(" \u00a0\u202f")[:1]
    if fr.text[c - 1 : c].strip()[-1:] not in SENTENCE_ENDS and after not in SENTENCE_ENDS:
        return []
    k = fr.unit_index(c) + 1
    if k >= len(fr.units):
        return []
    nxt = fr.units[k]
    if not any(fr.is_cue(t) or (fr.lex.lemma(t) in fr.lex["verb_incise"] and fr.verbal(t)) for t in nxt):
        return []
    return following_heads(fr, o, c)


__all__ = ["named_after"]
