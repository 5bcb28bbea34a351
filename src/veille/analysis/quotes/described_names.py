"""A description and the name it describes, printed side by side, that the parser reads as two phrases (issue 12).

French copy names a speaker by a description and the name right after it, with or without a comma between them
(« Le porte-parole du président, Paul Durand, a déclaré… », « L'ONG française Terre Claire a indiqué… »). The
parser may make the name a conjunct of the description, a conjunct of a word inside it (« La représentante du Valdor
à l'ONU, Marie Lefort, … »: the name hung on « ONU ») or a root of its own, so the description and the name are
resolved apart: the description to a described speaker (an unnamed aide, an unnamed source), the name to its
entity, and the statement had two speakers, or the description alone. The name is who speaks:

* :func:`drop_descriptions`: among the resolved heads of one speaker phrase, a description resolved to a described
  speaker only, whose phrase ends right before a head resolved to an entity, is dropped;
* :func:`inner_conjuncts`: a person's name that a description's phrase ends on, hung in it as a conjunct after a
  comma with no coordinating conjunction, is the description's holder.

Not two phrases joined by a conjunction ("le porte-parole et Paul Durand"), nor a name that is a word of the
description's own complement before other words of it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children, subtree, tokens
from .speakers import Mentions, Speaker


def ends_before(desc: Token, name: Token) -> bool:
    """Whether the phrase of ``desc`` (less ``name``'s own words) ends right before ``name``: nothing or one comma
    between them, and no coordinating conjunction on ``name``."""
    if name.i <= desc.i or any(c.dep_ == "cc" for c in children(name)):
        return False
    own = {t.i for t in name.subtree}
    words = [t.i for t in desc.subtree if t.i not in own and not t.is_punct]
    named = [t.i for t in name.subtree if not t.is_punct]
    if not words or not named or max(words) >= min(named):
        return False
    gap = desc.doc[max(words) + 1 : min(named)]
    return len(gap) <= 1 and all(t.text == "," for t in gap)


def drop_descriptions(resolved: list[tuple[Token, list[Speaker]]]) -> list[Speaker]:
    """The speakers of the resolved heads ``(head, speakers)`` of one phrase, less those of a common noun resolved to
    described speakers only whose phrase ends right before a head resolved to an entity (its name)."""
    named = [h for h, ents in resolved if any(e.id is not None for e in ents)]
    out: list[Speaker] = []
    for h, ents in resolved:
        description = h.pos_ == "NOUN" and ents and all(e.id is None for e in ents)
        if description and any(ends_before(h, n) for n in named):
            continue
        out += ents
    return out


def inner_conjuncts(head: Token, mentions: Mentions) -> list[Speaker]:
    """The persons named by a conjunct inside the phrase of common noun ``head`` that the phrase ends on, after a
    comma ("La représentante du Valdor à l'ONU, Marie Lefort, a indiqué…": the name hung on « ONU »); [] when
    none."""
    if head.pos_ != "NOUN":
        return []
    found: list[Speaker] = []
    for t in subtree(head):
        if t.dep_ != "conj" or t.pos_ != "PROPN" or t.head.i == head.i or t.left_edge.i < 1:
            continue
        words = [x.i for x in subtree(t) if not x.is_punct]
        if not words:  # a hyphen the model tags as a proper noun (« Iamalo-Nenets »): no name
            continue
        comma = tokens(t.doc)[min(words) - 1]
        if comma.text != "," or not ends_before(head, t) or t.right_edge.i != head.right_edge.i:
            continue
        found += [e for e in mentions.covering(t.idx, t.idx + len(t)) if e.type == "PERSON"]
    return found
