"""A name in apposition that the parser hangs as a conjunct of the role's complement (issue 12, stop 42).

French and English print an office with its complement and the holder's name between commas ("Le représentant de
l'Union africaine, Paul Kanté, a estimé…", « La représentante des Etats-Unis à l’ONU, Marie Dufresne, a
indiqué… »); the parser often reads the name as a second conjunct of the complement (l'Union africaine, Paul
Kanté) rather than as an apposition of the office. Such a person, set off by a comma, with no coordinating word
anywhere among the conjuncts (not "the envoys of Mali, Paul Kanté and Awa Ndiaye") and no other conjunct of it,
names the holder of the office.
"""

from __future__ import annotations

from spacy.tokens import Token

from .speakers import Mentions, Speaker


def conj_apposed(head: Token, mentions: Mentions) -> list[Speaker]:
    """The person named by a conjunct of a complement of ``head`` set off by a comma (see the module); [] else."""
    doc = head.doc
    for t in head.subtree:
        if t.dep_ != "conj" or t.pos_ != "PROPN" or t.head.i == head.i or t.i < 2 or doc[t.i - 1].text != ",":
            continue
        owner = t.head
        conjuncts = [c for c in owner.children if c.dep_ == "conj"]
        if len(conjuncts) != 1 or any(x.dep_ == "cc" for c in conjuncts for x in c.children):
            return []
        people = [e for e in mentions.covering(t.idx, t.idx + len(t)) if e.type == "PERSON"]
        return people[:1]
    return []
