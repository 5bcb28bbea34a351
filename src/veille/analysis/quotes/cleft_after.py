"""A statement whose speaker a cleft right after it names: French news writes the statement first, with no quotation
marks and no cue, then turns to who made it ("Le pays devait agir. C’est ce que X a déclaré lundi.", "… . C’est ce
qu’a précisé l’agence X."). The cleft's speech verb has the relative pronoun for its object, and the pronoun stands
for the sentence before: that sentence is the verb's subject's report.

:func:`cleft_reports` makes an item of the sentence before such a cleft, the cleft's speaker phrase its heads. A quote
sentence before it is read by :mod:`.following` already (a direct quote); a cleft with no speech verb ("C’est ce
qu’a voulu le conseil") or a subject relative ("C’est ce qui se dit") makes none.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..tree import children, span_tokens
from . import labels
from .frame import Frame, negated
from .item import Item
from .marks import count_words, trim
from .subjects import incise_subject


def cleft_reports(fr: Frame, items: list[Item]) -> list[Item]:
    """Items for the sentences of ``fr`` right before a cleft that names their speaker, overlapping none of
    ``items``."""
    out: list[Item] = []
    for k in range(1, len(fr.units)):
        found = _cleft_verb(fr, fr.units[k])
        if found is None:
            continue
        verb, heads = found
        before = fr.units[k - 1]
        toks = [t for t in span_tokens(before) if not t.is_space]
        if not toks or fr.in_quote(toks[0].idx) or any(fr.in_quote(t.idx) for t in toks[-1:]):
            continue  # a quote sentence: :mod:`.following` reads it
        start, end = trim(fr.text, toks[0].idx, toks[-1].idx + len(toks[-1]))
        while end > start and not fr.text[end - 1].isalnum() and fr.text[end - 1] not in '»”")’':
            end -= 1
        if count_words(fr.text[start:end]) < 3 or any(it.start < end and start < it.end for it in items + out):
            continue
        out.append(Item(start, end, False, (before.start_char, before.end_char), fr.lex.lemma(verb), heads))
    return out


def _cleft_verb(fr: Frame, unit: Span) -> tuple[Token, list[Token]] | None:
    """The speech verb of ``unit`` and its speaker phrase when the unit opens on a cleft whose relative clause has that
    verb, the relative pronoun its object ("C’est ce que X a déclaré", "C’est ce qu’a précisé X"); else None."""
    root = unit.root
    if any(t.idx < root.idx and t.pos_ not in {"PRON", "AUX", "PUNCT", "SPACE"} for t in span_tokens(unit)):
        return None  # the cleft opens its sentence
    for v in children(root):
        if _cleft_shape(fr, v) and (heads := relative_speaker(fr, v)):
            return v, heads
    return None


def cleft_verb(fr: Frame, v: Token) -> bool:
    """Whether ``v`` is a speech verb, not negated, heading the relative clause of a cleft on a demonstrative
    pronoun with a copula ("C’est ce qu’a dit X"): a noun after it is its subject, not what it states."""
    return _cleft_shape(fr, v) and bool(relative_speaker(fr, v))


def _cleft_shape(fr: Frame, v: Token) -> bool:
    """:func:`cleft_verb` but for its speaker phrase, which its callers read or find (:func:`relative_speaker`)."""
    root = v.head
    return (
        root.pos_ == "PRON"
        and any(c.dep_ == "cop" for c in children(root))
        and v.dep_ in labels.NOUN_CLAUSE
        and v.pos_ in labels.VERBAL
        and fr.is_cue(v)
        and not negated(v)
    )


def relative_speaker(fr: Frame, v: Token) -> list[Token]:
    """The speaker phrase (head tokens) of speech verb ``v`` whose object is a relative pronoun before it ("ce que X
    a déclaré", "ce qu’a assuré le ministre, X": the subject after the verb, which the parser may read as a second
    object); [] when ``v`` has no such object or no subject."""
    relative = next((c for c in children(v) if labels.relative_pronoun(c) and c.dep_ in labels.OBJECT_COMPLEMENT), None)
    if relative is None or relative.i > v.i:
        return []
    return [t for t in incise_subject(v, relative, fr) if not labels.relative_pronoun(t) and t.i > relative.i]


__all__ = ["cleft_reports", "cleft_verb", "relative_speaker"]
