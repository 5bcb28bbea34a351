"""Acts told as not (yet) done or as warned against (issue 13, modality): an act nearly done did not happen
("Russia nearly attacked Ukraine", "almost signed"; « a failli attaquer » is read by the events' ``negating_heads``);
an act a subject "has yet to" or "is yet to" do is not done ("Japan has yet to impose sanctions"); a gerund after a
preposition takes the mark of the verb that governs it as an event noun would ("warned Russia against attacking":
feared; "prevented Russia from attacking", "refrained from attacking": not done; "called for imposing": wanted).

The words are the language's ``modality.json`` (``near_adverbs``, ``pending_heads``, ``pending_adverbs``, and the
noun governors' ``fear_heads``, ``wanting_heads``, ``cancelling_heads``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from . import hedges
from .frame import Frame

Mark = hedges.Mark


def near(f: Frame, trig: Token) -> bool:
    """ "nearly attacked", « a presque signé »: an adverb of nearness on the act's own verb."""
    adverbs = hedges.cues(f.lex.code)["near_adverbs"]
    return trig.pos_ in ("VERB", "AUX") and any(k.dep_ == "advmod" and k.lower_ in adverbs for k in children(trig))


def pending(f: Frame, chain: list[Token]) -> bool:
    """ "has yet to impose", "is yet to sign": a head of the chain of ``pending_heads`` with a ``pending_adverbs``
    adverb (not "has yet again imposed": there the act is the verb itself)."""
    c = hedges.cues(f.lex.code)
    return any(
        h.lemma_.lower() in c["pending_heads"]
        and any(k.dep_ == "advmod" and k.lower_ in c["pending_adverbs"] for k in children(h))
        for h in chain[1:]
    )


def gerund_mark(f: Frame, trig: Token) -> Mark:
    """The mark of a gerund after a preposition from the verb that governs it ("warned Russia against attacking":
    hypothetical; "prevented Russia from attacking": negated; "called for imposing": intended), read as the
    governors of event nouns are (:func:`.hedges.governing_mark`'s lists; the verb's lemma, and with the
    preposition)."""
    prep = trig.head
    if trig.dep_ != "pcomp" or prep.pos_ != "ADP" or prep.i == trig.i:
        return False, None
    verb = prep.head
    if verb.i == prep.i or verb.pos_ != "VERB" or not f.inside(verb):
        return False, None
    c = hedges.cues(f.lex.code)
    words = hedges.lemmas(verb) | {f"{verb.lemma_.lower()} {prep.lower_}"}
    denied = any(k.dep_ in ("neg", "advmod") and k.lower_ in f.cues["negation"] for k in children(verb))
    if words & (f.cues["negating_heads"] | c["cancelling_heads"]):
        return (False, "hypothetical") if denied else (True, None)
    if words & c["wanting_heads"]:
        return False, "intended"
    if words & c["fear_heads"]:
        return False, "hypothetical"
    return False, None
