"""Where a visit noun goes when the parse hangs its destination on the visitor's phrase (« la visite d'État du
président X en Allemagne », « le séjour de la ministre française au Japon »: « en Allemagne » under
« président », not under « visite »): the complements of the visit noun, then those of the nouns of its
genitive chain (the visitor and the words of the visit's own kind, « d'État »), each with a preposition of
destination (events.json ``destination_preps``); not the complements of a noun further down, nor a genitive
(« la visite du président de l'Allemagne » names whose president) (issue 13, stop 41)."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .frame import Frame
from .parties import Party
from .placetime import coded_place
from .syntax import case, complement


def visit_host(f: Frame, tok: Token) -> list[Party]:
    """The state whose place a visit noun's complement names ("sa visite à Pékin", "a visit to Kinshasa"), or the
    destination complement of its genitive chain (:func:`destination_words`)."""
    for k in destination_words(f, tok):
        x = complement(k)
        ent = f.mentions.entity(x[1]) if x is not None else None
        if ent is not None and coded_place(ent):
            return [Party(ent, ent.get("sector"))]
    return []


def destination_words(f: Frame, tok: Token) -> list[Token]:
    """The children of the visit noun ``tok``, then the destination complements of its genitive chain (two deep)."""
    out = list(children(tok))
    chain = [k for k in out if k.dep_ in ("nmod", "pobj") and case(k) in f.cues["genitive_preps"]]
    chain += [
        g for k in chain for g in children(k) if g.dep_ in ("nmod", "pobj") and case(g) in f.cues["genitive_preps"]
    ]
    for noun in chain:
        out += [
            g for g in children(noun) if g.dep_ in ("nmod", "obl", "obl:mod") and case(g) in f.cues["destination_preps"]
        ]
    return out
