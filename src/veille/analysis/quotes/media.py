"""A medium named after its kind as a source: "selon la chaîne de télévision locale « X »", "selon le quotidien
Le Y", "a rapporté la radio privée Z". The entity stage reads the title as an organisation (``media_nouns`` of the
language's ``entities.json``: the medium's nouns); the parser hangs it anywhere under the kind's phrase ("de
télévision" takes it), so it is read on the words: after the medium's noun, only adjectives, the nouns of a medium
("chaîne de télévision"), a preposition, an article and quotation marks stand before the title."""

from __future__ import annotations

from spacy.tokens import Token

from ..entities.words import words
from ..kbnorm import token_norm
from ..tree import span_tokens, tokens
from .frame import Frame
from .speakers import Mentions, Speaker

#: At most this many words in a title set in quotation marks ("la chaîne « Radio Kivu »").
QUOTED_TITLE_WORDS = 3

#: At most this many words between a medium's noun and its title ("la chaîne de télévision publique nationale X").
MEDIA_TITLE_GAP = 5


def media_title(head: Token, mentions: Mentions) -> list[Speaker]:
    """The organisation titled right after medium noun ``head`` and the words of its kind; [] when ``head`` is no
    medium's noun or no such title follows."""
    nouns = words().media_nouns
    if token_norm(head) not in nouns:
        return []
    doc = head.doc
    for t in doc[head.i + 1 : min(len(doc), head.i + 2 + MEDIA_TITLE_GAP)]:
        if t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN", "X", "DET"}:
            return [e for e in mentions.covering(t.idx, t.idx + len(t)) if e.type == "ORG"] or (
                [e for e in mentions.covering(t.nbor().idx, t.nbor().idx + 1) if e.type == "ORG"]
                if t.pos_ == "DET" and t.i + 1 < len(doc)
                else []
            )  # "le quotidien Le Soir": the title's capitalised article
        if not (t.pos_ in {"ADJ", "ADP", "DET"} or t.is_quote or token_norm(t) in nouns):
            return []
    return []


def quoted_title(fr: Frame, t: Token) -> bool:
    """Whether token ``t`` lies in quotation marks that hold only a title right after a medium's noun and the words
    of its kind ("selon la chaîne de télévision locale « X », …"): a name, no quoted words of the sentence."""
    pair = fr.mark_around(t.idx)
    if pair is None:
        return False
    span = fr.doc.char_span(pair[0], pair[1] + 1, alignment_mode="expand")
    inside = [x for x in (span_tokens(span) if span is not None else ()) if not x.is_quote]
    if not inside or len(inside) > QUOTED_TITLE_WORDS or not all(x.text[:1].isupper() for x in inside):
        return False
    nouns = words().media_nouns
    toks, first = tokens(fr.doc), inside[0].i
    for k in range(first - 1, max(-1, first - 3 - MEDIA_TITLE_GAP), -1):
        if token_norm(toks[k]) in nouns:
            return True
        if not (toks[k].pos_ in {"ADJ", "ADP", "DET"} or toks[k].is_quote):
            return False
    return False


__all__ = ["MEDIA_TITLE_GAP", "QUOTED_TITLE_WORDS", "media_title", "quoted_title"]
