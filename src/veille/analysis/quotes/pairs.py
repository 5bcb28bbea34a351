"""Speakers named as a member of the pair named before them: "the latter" (the one named last), "the former" (the
one named before it), "ce dernier" (issue 12, stop 38). A place named in a locative adjunct of the clause ("X met Y
in Kelm", "X a reçu Y à Kelm") is where the act happened, no member of the pair, so "the latter" skips it; a place
named otherwise ("talks between Valdor and Ostrel") stays one. The locative prepositions are the language's
(events.json ``locative_preps``)."""

from __future__ import annotations

from spacy.tokens import Token

from ... import lang
from .speakers import Mentions, Speaker

PLACES = frozenset({"GPE", "LOC"})


def _locatives(code: str) -> frozenset[str]:
    return frozenset(lang.get(code).json("events.json").get("locative_preps", ()))


def _in_adjunct(head: Token, start: int, end: int, locatives: frozenset[str]) -> bool:
    """Whether the mention at ``[start, end)`` is the object of a locative preposition (a place adjunct): its
    preposition is its head (English ``pobj``) or a ``case`` word of its own (French)."""
    span = head.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    preps = [root.head] if root.dep_ == "pobj" else [c for c in root.children if c.dep_ == "case"]
    return any(p.lower_ in locatives for p in preps)


def pair_member(head: Token, mentions: Mentions, *, former: bool) -> list[Speaker]:
    """The entity "the latter" (``former`` false) or "the former" names before ``head``: the last entity mentioned
    before it, or the one mentioned before that one, places in a locative adjunct skipped; [] when none."""
    locatives = _locatives(head.doc.lang_) if lang.is_supported(head.doc.lang_) else frozenset()
    order: list[Speaker] = []
    for a, b, sp in sorted((m for m in mentions.spans if m[1] <= head.idx), key=lambda m: -m[0]):
        if sp.type in PLACES and _in_adjunct(head, a, b, locatives):
            continue
        if all(o.key != sp.key for o in order):
            order.append(sp)
        if len(order) == 2:
            break
    if not former:
        return order[:1]
    return order[1:2]
