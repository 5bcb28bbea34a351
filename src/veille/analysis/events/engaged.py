"""The sides of a mutual act named by a noun whose own phrase names them not, told by the clause that holds it
("the two armies were engaged in exchanges of fire", "X said it had suffered losses in the clashes"): the
subject of the verb the noun is an argument of, directly or through a preposition, not through another noun ("an
end to the clashes" is no clash of the caller's). Read by :func:`.discourse.mutual_sides`: two codes or more there
are both sides; one is a side, the story's other side completing it. Only a clause told as done: not "talks
failed to produce a ceasefire", "urged them to agree to a truce", "it could lead to a war"."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .actors import actors, noun_phrase_parties
from .frame import Frame
from .modality import modality
from .parties import Party
from .syntax import PASSIVE_SUBJECTS, clause_head


def clause_sides(f: Frame, trig: Token) -> list[Party]:
    """The coded parties of the subject of the verb that governs the mutual noun ``trig`` (itself or by the
    preposition of its complement); [] when its head is no verb, or is a noun, or the noun is that subject, or
    the clause or the noun is not told as done (negated, wished, feared, to come)."""
    while trig.dep_ == "conj" and trig.head.pos_ in ("NOUN", "PROPN"):  # "clashes and exchanges of fire"
        trig = trig.head
    up = trig.head
    if trig.dep_ == "pobj" and up.pos_ == "ADP":  # English: the noun hung on its preposition
        up = up.head
    if up.i == trig.i or trig.dep_ in f.lex.subject_deps or not clause_head(f, up) or up.pos_ in ("NOUN", "PROPN"):
        return []
    if not f.inside(up) or modality(f, up, trig) != (False, None):
        return []  # "talks failed to produce a ceasefire", "urged them to agree to a truce", "could lead to a war"
    # "the two armies were engaged in exchanges of fire": a passive subject is the clause's party too
    passive = [k for k in children(up) if k.dep_ in PASSIVE_SUBJECTS and k.i != trig.i]
    found = [p for k in passive for p in noun_phrase_parties(f, k)[0]] or actors(f, up)[0]
    return [p for p in found if p.code]
