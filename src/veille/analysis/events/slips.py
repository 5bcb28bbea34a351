"""Subjects the parse mislabels or leaves to be found. A compound passive whose subject the parse labels as an
active one ("le ministre X avait été déclaré persona non grata par Y", "ministre" nsubj of "déclaré" under "avait
été"): a verb with a passive auxiliary that is itself a participle ("été", "been") is passive, and its subject
undergoes the act; a participle with a finite "être" ("est venue", "sont à déplorer") is no such passive. A present
participle that qualifies a noun ("le ministre, accusant X de…"): its subject is that noun or the author the noun
names (``subjects._inherited``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .frame import Frame

#: Labels the parse gives a noun it could not place in its clause ("…, la Pologne accusant Minsk de…", an absolute
#: participle clause): such a noun is no subject a participle can take.
_UNPLACED = ("punct", "advmod", "dep")

#: Labels of a passive auxiliary.
_PASSIVE_AUX = ("aux:pass", "auxpass")


def passive_subjects(f: Frame, verb: Token) -> list[Token]:
    """The subjects labelled active of a verb under a participle passive auxiliary, when it has no passive subject
    (the verb is not pronominal: "s'était vu" keeps its subject)."""
    kids = list(children(verb))
    if any(k.dep_ in f.lex.passive_subject_deps for k in kids):
        return []
    if not any(k.dep_ in _PASSIVE_AUX and "VerbForm=Part" in str(k.morph) for k in kids):
        return []
    if any(k.lemma_.lower() in f.cues["reflexive_pronouns"] for k in kids if k.i < verb.i):
        return []
    return [k for k in kids if k.dep_ in f.lex.subject_deps and k.pos_ in ("NOUN", "PROPN")]


def present_participle_of_noun(verb: Token) -> bool:
    """Whether ``verb`` is a present participle qualifying a noun ("le ministre, accusant X de…", "un communiqué
    accusant X", "a note accusing X"): its subject is that noun, or the author the noun names."""
    morph = str(verb.morph)
    return (
        verb.dep_ == "acl"
        and verb.pos_ == "VERB"
        and "VerbForm=Part" in morph
        and "Tense=Pres" in morph
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.head.dep_ not in _UNPLACED  # a noun the parse could not place (an absolute clause) heads no phrase
        and verb.head.i < verb.i
    )
