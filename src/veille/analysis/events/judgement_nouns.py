"""Judgement nouns: words of crime or violence that accuse only when they are the predicate of a judgement.

"Oslo called the treaty an attack on its fishing rights", "the ministry described the boarding as an act of
piracy", "the union says the decree is an assault on workers", "this amounts to bullying": the speaker judges
what the object (or the copula's subject) names. The same nouns as the subject or the object of a clause name an
act and judge nothing ("said the attack killed ten soldiers"), so they are kept apart from the
disapproval words (events.json ``judgement_predicates``, a language without the key has none) and read by
:func:`.discourse.speech_accusations` only where :func:`is_predicate` holds. "refer to X as Y" names X as a
qualifying verb names its object (:func:`referred`)."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .frame import Frame
from .lexicon import token_words
from .parties import Party
from .syntax import NOMINAL, parties_at

#: Dependencies of a predicate: a copula's attribute, a qualifying verb's object predicate, an adjectival
#: complement.
PREDICATE_DEPS = ("attr", "oprd", "acomp", "xcomp")
#: Nouns that wrap the judging noun without judging themselves ("an act of terrorism", "a form of bullying").
WRAPPERS = ("act", "acts", "form", "kind", "sort")


def is_predicate(f: Frame, tok: Token) -> bool:
    """Whether ``tok`` is a judgement noun standing as the predicate of a judgement: the attribute of a copula
    ("was an assault"), the object predicate of a qualifying verb ("called the move an attack"), the complement of
    its "as" ("described the seizure as an act of terrorism") or of "amount to" ("amounts to bullying")."""
    lemma, low = token_words(tok)
    nouns = f.cues["judgement_predicates"]
    if lemma not in nouns and low not in nouns:
        return False
    head = tok
    # "an act of terrorism": the wrapping noun stands for the phrase
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in WRAPPERS:
        head = head.head.head
    if head.dep_ in PREDICATE_DEPS:
        return True
    if head.dep_ != "pobj":
        return False
    prep = head.head
    verb = _verb(prep)
    if verb is None:
        return False
    if prep.lower_ == "as":
        return verb.lemma_.lower() in f.cues["qualifying_verbs"] or verb.lemma_.lower() == "refer"
    return prep.lower_ == "to" and verb.lemma_.lower() == "amount"


def referred(f: Frame, verb: Token) -> list[Token]:
    """The noun "refer to X as Y" names (X), when ``verb`` is "refer" with an "as" complement; else none."""
    if verb.lemma_.lower() != "refer" or not any(k.dep_ == "prep" and k.lower_ == "as" for k in children(verb)):
        return []
    return [g for k in children(verb) if k.dep_ == "prep" and k.lower_ == "to" for g in children(k) if g.dep_ == "pobj"]


def _verb(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` (the parser hangs "as" on the object as often as on the verb)."""
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def predicate_owners(f: Frame, verb: Token) -> list[Party]:
    """The coded parties that the predicate of qualifying ``verb`` names as the author of what it judges, by a
    demonym, a possessive or a compound ("described the sinking as a Russian act of sabotage", "called the blast
    Russia's aggression"); not its complements ("an assault on Somalia's sovereignty" names the victim)."""
    found: list[Party] = []
    for pred in _predicates(verb):
        for k in children(pred):
            if k.dep_ in ("amod", "poss", "compound") and k.i < pred.i:
                found += [p for p in parties_at(f, k, NOMINAL, 0)[0] if p.code]
    return found


def _predicates(verb: Token) -> list[Token]:
    """The predicate nouns of a qualifying verb: its object predicate, the complement of its "as" (hung on the
    verb or on its object)."""
    out = [k for k in children(verb) if k.dep_ in ("oprd", "xcomp") and k.pos_ in ("NOUN", "PROPN")]
    for holder in [verb, *(k for k in children(verb) if k.dep_ in ("dobj", "obj"))]:
        out += [
            g
            for k in children(holder)
            if k.dep_ == "prep" and k.lower_ == "as"
            for g in children(k)
            if g.dep_ == "pobj"
        ]
    return out
