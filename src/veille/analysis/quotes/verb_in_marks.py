"""A quote that opens between an auxiliary and its participle ("X a « condamné fermement » l'arrestation de Y",
"X a « fermement condamné » l'attaque"): the quoted words hold the verb of their speaker's clause, whose auxiliary
and subject stand before the mark. The parser, cut by the mark, hangs the participle anywhere (on a noun of the
subject, as a root with a passive subject), so the subject is read from the auxiliary: the subject of the
participle in the parse, else the noun phrase right before the auxiliary."""

from __future__ import annotations

from spacy.tokens import Span, Token

from . import labels
from .frame import Frame
from .subjects import preceding_subject, subjects


def verb_in_marks_subject(fr: Frame, ctx: Span, o: int, c: int) -> list[Token]:
    """The subject heads of the participle that opens the quote between marks ``o`` and ``c`` in sentence ``ctx``
    (adverbs before it inside the marks), when the word right before the opening mark is its auxiliary; []
    otherwise."""
    before = [t for t in ctx if t.idx < o and not t.is_space]
    inside = [t for t in ctx if o < t.idx < c and not t.is_punct and not t.is_space]
    first = next((t for t in inside if t.pos_ != "ADV"), None)
    if not before or first is None or not _auxiliary_of(before[-1], first):
        return []
    heads = subjects(first, fr) or [t for t in preceding_subject(before[-1]) if fr.same_unit(t, first)]
    return [t for t in heads if not fr.in_quote(t.idx)]


def _auxiliary_of(aux: Token, verb: Token) -> bool:
    """Whether ``aux`` is an auxiliary of participle ``verb`` ("a", "avait", "est" before « condamné »)."""
    participle = verb.pos_ in labels.VERBAL and "Part" in labels.feature(verb, "VerbForm")
    return participle and aux.head.i == verb.i and (aux.pos_ == "AUX" or aux.dep_.startswith("aux"))


__all__ = ["verb_in_marks_subject"]
