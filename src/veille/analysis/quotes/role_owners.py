"""A role named with its owner ("le président de la Fédération des éleveurs (FDE)", "the head of the agency"):
the role names a person, its owner an organisation or a state. The owner's acronym printed in parentheses after the
phrase is no name of the person holding the role, and a role so owned names the person the next sentences call by
that role ("…, a indiqué le président de la FDE. X, président de la FDE, a ensuite…"), as a role
with a possessive does (:func:`~.unnamed.named_later`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from . import labels
from .speakers import Speaker


def _parenthesised(c: Token) -> bool:
    """Whether dependent ``c`` is printed inside parentheses right after what it depends on ("(FDE)")."""
    doc = c.doc
    return (
        c.left_edge.i > 0
        and doc[c.left_edge.i - 1].text == "("
        and c.right_edge.i + 1 < len(doc)
        and (doc[c.right_edge.i + 1].text == ")")
    )


def holders_apposed(head: Token, apposed: list[Speaker], role: bool) -> list[Speaker]:
    """The entities ``apposed`` to ``head`` less, when ``head`` is a ``role`` noun, the organisations and states
    named only by a parenthesised apposition (the owner's acronym): "le président de la Fédération (FDE)"."""
    if not role or not apposed or any(e.type == "PERSON" for e in apposed):
        return apposed
    inside = [c for c in children(head) if c.dep_ in labels.NAME and _parenthesised(c)]
    return [] if inside else apposed


def owned(head: Token) -> bool:
    """Whether role noun ``head`` names its owner: a possessive ("Turkey's prime minister", "son ministre") or a
    genitive after it ("le président de la FDE", "la ministre des Affaires étrangères du Valdor"), a noun hung on
    it with a preposition; the genitive not with an adjective after the noun ("la ministre ostrélienne de la
    Santé": a nationality, which :meth:`~.resolve.Resolver.role_reference` reads, so a minister of another state
    named next is not the one)."""
    if any(c.dep_ in {"poss", "nmod:poss"} for c in children(head)):
        return True
    if any(c.dep_ == "amod" and c.i > head.i for c in children(head)):
        return False
    return any(
        c.dep_ in {"nmod", "prep"}
        and c.i > head.i
        and (c.pos_ == "ADP" or any(x.dep_ in labels.CASE for x in children(c)))
        for c in children(head)
    )
