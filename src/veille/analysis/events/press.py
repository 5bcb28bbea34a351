"""A news organisation told as the source of what a sentence reports: "Yonhap news agency reported", "contacté par
RFI", "a averti auprès de l'agence Reuters", "selon France 24". The medium tells the act and is none of its sides;
a medium named otherwise stays a party ("a suspendu RFI", "the arrest of two Reuters journalists"), as a medium
named as the channel of a statement is none (:mod:`.channels`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..tree import children
from .channels import MEDIA
from .frame import Frame
from .lexicon import listed
from .parties import Party


def _source(words: frozenset[str], tok: Token) -> bool:
    """Whether a mention token ``tok`` hangs, up to the first verb above it, on a word of ``press_source_words``
    or under a preposition of them: the subject of "reported", the agent of "contacté", "selon X", "auprès de X"."""
    after = tok.doc[tok.i + 1 : tok.i + 4]  # "Yonhap news agency reported", the agency parsed as a place's conjunct
    if any(a.pos_ == "VERB" and a.lemma_.lower() in words for a in after):
        return True
    t = tok
    for _ in range(8):
        if listed(t, words):
            return True
        if any(c.dep_ == "case" and c.lower_ in words for c in children(t)):
            return True
        if t.dep_ == "pobj" and t.head.lower_ in words:
            return True
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return False
        t = t.head
    return False


def press_source(f: Frame, p: Party, sent: Span) -> bool:
    """Whether ``p`` is a news organisation (sector MED) that ``sent`` names only as the source of its report
    (``press_source_words``); False for any other party, or a medium the sentence does not name."""
    if p.sector != MEDIA or p.entity.get("type") != "ORG":
        return False
    words = f.cues["press_source_words"]
    ident = p.entity.get("id")
    here = [t for t in sent if (e := f.mentions.entity(t)) is not None and e.get("id") == ident]
    return bool(here) and all(_source(words, t) for t in here)
