"""Reported speech that runs on in the conditional of report.

French news writes what a source claims, once the source is named, in the past conditional: "Selon des militants,
l’armée a ouvert le feu. Les soldats auraient tiré sur la foule." — the second sentence is still the militants'
account (the journalist does not vouch for it). :func:`hearsay_sentences` finds such sentences: a main clause
whose predicate is a participle with an auxiliary or copula in the conditional mood ("aurait promis", "auraient
été arrêtés", "serait parti"), not a modal's ("aurait pu démissionner": a counterfactual) nor the consequence of a
condition ("Si X avait su, il aurait…"). The items they make (``how`` :data:`HEARSAY`) take the speaker of the
statement right before them (:mod:`.attribute`), else none and are dropped. A language whose model marks no
conditional mood (English "would") makes none.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children, span_tokens
from . import labels
from .dateline import after_dateline
from .frame import Frame
from .item import Item
from .marks import count_words, trim

#: ``Item.how`` of a sentence in the conditional of report: the speaker of the statement just before it.
HEARSAY = "hearsay"


def hearsay_sentences(fr: Frame, items: list[Item]) -> list[Item]:
    """Items for the sentences of ``fr`` in the conditional of report that overlap none of ``items``."""
    out: list[Item] = []
    for u in fr.units:
        toks = [t for t in span_tokens(u) if not t.is_space]
        if not toks or not reporting_conditional(u.root) or any(fr.in_quote(t.idx) for t in toks[:1]):
            continue
        first = after_dateline(toks, fr.context)
        start, end = trim(fr.text, first.idx, toks[-1].idx + len(toks[-1]))
        while end > start and not fr.text[end - 1].isalnum() and fr.text[end - 1] not in '»”")’':
            end -= 1
        if count_words(fr.text[start:end]) < 3 or any(it.start < end and start < it.end for it in items + out):
            continue
        out.append(Item(start, end, False, (u.start_char, u.end_char), None, [], how=HEARSAY))
    return out


def reporting_conditional(v: Token) -> bool:
    """Whether ``v``, the head of a main clause, is a participle in the past conditional of report ("aurait
    promis", "serait parti"), neither a modal's nor the consequence of a condition."""
    if "Part" not in labels.feature(v, "VerbForm") or v.dep_ != "ROOT":
        return False
    aux = [c for c in children(v) if c.dep_ in labels.COPULA and c.i < v.i]
    if not any("Cnd" in labels.feature(c, "Mood") for c in aux):
        return False
    # "aurait pu démissionner": a modal; "Si X avait su, il aurait…": a condition's consequence
    return not any(_modal(c) or (c.dep_ == "advcl" and _conditioned(c)) for c in children(v))


def _modal(c: Token) -> bool:
    """Whether ``c`` is the bare infinitive a modal governs ("aurait pu démissionner"), not an adjunct's ("serait
    parti sans prévenir")."""
    return (
        c.dep_ == "xcomp" and "Inf" in labels.feature(c, "VerbForm") and not any(m.dep_ == "mark" for m in children(c))
    )


def _conditioned(clause: Token) -> bool:
    """Whether adverbial clause ``clause`` states a condition: a subordinator before a verb in a past tense of the
    indicative ("si X avait su"), the form a condition takes before a past conditional."""
    return any(c.dep_ == "mark" for c in children(clause)) and bool(
        {"Imp", "Pqp"} & set(labels.feature(clause, "Tense") + [t for a in children(clause) for t in _tense(a)])
    )


def _tense(t: Token) -> list[str]:
    """The tense of an auxiliary child ``t``."""
    return labels.feature(t, "Tense") if t.dep_ in labels.COPULA else []


__all__ = ["HEARSAY", "hearsay_sentences", "reporting_conditional"]
