"""Incises inside quotation marks: the French press convention of an attribution set within the quote's marks
("« Nous ne céderons rien, prévient X. Le gouvernement doit l’entendre. »", "« …, a-t-elle ajouté, … »").

:func:`inner_incises` finds them from the parse: a speech verb (a ``verb`` or ``verb_incise`` of the lexicon)
after a comma or a dash inside a quote, its subject inverted right after it (a clitic "-il", or a noun phrase),
with quoted words on both sides. The :class:`~.frame.Frame` reads these spans as outside the quote, so the passes
that look for a cue and its speaker see the incise as they see one after the closing mark.
"""

from __future__ import annotations

from spacy.tokens import Doc

from . import labels
from .lexicon import Lexicon
from .marks import count_words

#: The longest incise read inside quotation marks, in tokens from its verb to the punctuation that ends it (verb,
#: time and place complements and subject: "a déclaré mardi à la presse Paul Martel"); a longer run is quoted
#: speech with a speech verb of its own (set from French wire copy, where incises hold a dozen tokens at most).
INCISE_MAX_TOKENS = 16
_OPENERS = frozenset({",", "—", "–"})
_ENDS = frozenset({".", "!", "?", "…", ";", "—", "–", ","})  # a comma: an apposition after it stays quoted
_SUBJECT_POS = frozenset({"PROPN", "DET", "NOUN"})


def inner_incises(doc: Doc, marks: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """``(start, end)`` character spans of the attribution incises inside the quotation-mark pairs ``marks``: from
    the comma (or dash) before the speech verb to the punctuation that ends the incise (excluded)."""
    holes: list[tuple[int, int]] = []
    verbs = lex["verb"] | lex["verb_incise"]
    k = 0
    for t in doc:
        while k < len(marks) and marks[k][1] < t.idx:
            k += 1
        if k == len(marks):
            break
        o, c = marks[k]
        if not o < t.idx < c or t.pos_ not in labels.VERBAL or lex.lemma(t) not in verbs:
            continue
        j = t.i - 1
        while j > 0 and (doc[j].pos_ in {"AUX", "ADV"} or doc[j].text.startswith("-") or _clitic(doc[j].text)):
            j -= 1
        if doc[j].text not in _OPENERS or doc[j].idx <= o or count_words(doc.text[o + 1 : doc[j].idx]) < 2:
            continue
        inverted = any(x.text.startswith("-") and len(x.text) > 2 for x in doc[j + 1 : t.i])  # "…, a-t-il ajouté."
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if after is None or not (inverted or after.text.startswith("-") or after.pos_ in _SUBJECT_POS):
            continue
        first = t.i + 1 if inverted else t.i + 2  # the subject inverted before the verb, or after it
        end = next((x for x in doc[first : t.i + INCISE_MAX_TOKENS] if x.text in _ENDS or x.idx >= c), None)
        if end is None or end.idx >= c or count_words(doc.text[end.idx : c]) < 2:
            continue
        holes.append((doc[j].idx, end.idx))
    return holes


def _clitic(word: str) -> bool:
    """A reflexive clitic before an incise verb ("s’insurge", "se réjouit"), written with either apostrophe."""
    return word.lower().replace("’", "'") in {"s'", "se"}
