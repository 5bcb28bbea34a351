"""A document that names its issuer in its own words: the body its quoted words open on.

An official communiqué speaks of its issuer in the third person (« Le gouvernement de la République de Valdor
informe l'opinion … », « Le gouvernement valdorien condamne … »). Where the incise gives the quoted words to the
document alone ("…, a précisé le communiqué", "…, a annoncé un communiqué diffusé à la radio") or to a pronoun
with a document adjunct ("…, a-t-il écrit dans son communiqué") and neither names anyone, the body the quoted words
open on, as the subject of their own verb, is who issued them: the state or organisation its phrase names by a
complement or an adjective (:func:`.owners.institution_owners`). A bare « Le gouvernement » names no one and is left;
so is any quote whose speaker the incise names. Read by :mod:`.attribute`.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from . import labels
from .frame import Frame
from .item import Item
from .lexicon import Lexicon, fold
from .owners import institution_owners
from .speakers import Mentions, Speaker


def _document(t: Token, lex: Lexicon) -> bool:
    """Whether ``t`` is a document noun of the lexicon (« communiqué », "statement")."""
    return t.pos_ == "NOUN" and t.lemma_.lower() in lex["noun"]


def _through_document(heads: list[Token], lex: Lexicon) -> bool:
    """Whether the speaker phrase ``heads`` is a document ("a précisé le communiqué") or a pronoun whose speech verb
    has a document adjunct ("a-t-il écrit dans son communiqué")."""
    if not heads:
        return False
    if all(_document(h, lex) for h in heads):
        return True
    return all(h.pos_ == "PRON" and h.dep_ in labels.SUBJECT and _document_adjunct(h.head, lex) for h in heads)


def _document_adjunct(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` has a document noun as a prepositional adjunct ("dans un communiqué", "in a statement"), in
    either scheme: the noun under its preposition, or the preposition a case child of the noun."""
    for c in children(verb):
        if c.dep_ == "prep" and any(n.dep_ == "pobj" and _document(n, lex) for n in children(c)):
            return True
        if c.dep_.startswith("obl") and _document(c, lex) and any(g.dep_ in labels.CASE for g in children(c)):
            return True
    return False


def self_named(fr: Frame, it: Item, mentions: Mentions) -> list[Speaker]:
    """The states or organisations that direct quote ``it``, given to a document that names no issuer, names as the
    subject its words open on (« Le gouvernement du Valdor informe … »: Valdor); [] when none."""
    if not it.direct or not _through_document(it.heads, fr.lex):
        return []
    span = fr.doc.char_span(it.start, it.end, alignment_mode="expand")
    first = next((t for t in span or () if not (t.is_punct or t.is_space)), None)
    if span is None or first is None:
        return []
    head = first.head if first.dep_ == "det" else first
    if (
        head.dep_ not in labels.SUBJECT
        or head.left_edge.i != first.i
        or not span.start <= head.head.i < span.end
        or {head.lemma_.lower(), fold(head.text)}.isdisjoint(fr.lex["institution"])
    ):
        return []
    owners = institution_owners(head, fr.lex, mentions)  # « du Valdor », « valdorien »: a bare noun names no one
    own = [e for e in mentions.covering(head.idx, head.idx + len(head)) if e.type in {"ORG", "GPE"}]
    return (own or owners) if owners else []  # the body as the entities name it (« le gouvernement valdorien »)
