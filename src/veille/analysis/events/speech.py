"""Who speaks: the speech verb over a clause, and the speakers of the quote (from the quote stage) that holds a
token or that a speech verb introduces."""

from __future__ import annotations

from spacy.tokens import Token

from ...record import Quote
from ..tree import children
from .frame import Frame
from .parties import Party


def speech_head(f: Frame, verb: Token) -> Token | None:
    """The speech verb whose content clause contains ``verb``, if any."""
    tok, hops = verb, 0
    while tok.head.i != tok.i and hops < 4 and f.inside(tok.head):
        speech = tok.head.lemma_ in f.cues["speech_verbs"]
        if speech and tok.dep_ in ("ccomp", "conj", "xcomp", "advcl", "parataxis"):
            return tok.head
        if tok.dep_ not in ("ccomp", "conj", "xcomp", "advcl"):
            break
        tok, hops = tok.head, hops + 1
    for child in children(verb):  # « ... », a déclaré X  (speech verb as parataxis of the quoted clause)
        if child.dep_ == "parataxis" and child.lemma_ in f.cues["speech_verbs"] and f.inside(child):
            return child
    return None


def speech_speakers(f: Frame, verb: Token) -> list[Party]:
    """The speakers of a quote that ``verb`` introduces (« ... », a déclaré X: X parsed as an object)."""
    if verb.lemma_.lower() not in f.cues["speech_verbs"]:
        return []
    for q in f.quotes:
        sent = q.get("sentence") or {}
        if q.get("cue") == verb.lemma_.lower() and sent.get("start", 1) <= verb.idx < sent.get("end", 0):
            return speaker_parties(f, q)
    return []


def speaker_parties(f: Frame, quote: Quote) -> list[Party]:
    """The speakers of a quote as parties (named through anaphora)."""
    return [
        Party(e, e.get("sector"), anaphor=True)
        for s in quote["speakers"]
        if (e := f.mentions.by_id.get(s.get("id"))) is not None
    ]


def in_direct_quote(f: Frame, tok: Token) -> bool:
    return any(q.get("direct") and q["start"] <= tok.idx < q["end"] for q in f.quotes)


def quote_speakers(f: Frame, tok: Token) -> list[Party]:
    """The speakers of the quote that holds ``tok``."""
    for q in f.quotes:
        if q["start"] <= tok.idx < q["end"]:
            return speaker_parties(f, q)
    return []
