"""The subject of a clause that an incise with a subject pronoun closes: "Le gouvernement sénégalais a rappelé son
ambassadeur, a-t-il annoncé", "Claire X ne se présentera pas, a-t-elle indiqué", "L'armée malienne a repris la
ville, a-t-elle affirmé". The pronoun refers to the subject of the very clause it closes when that subject names a
speaker of its number and gender: that subject is seen before the pronoun is read, so it is the pronoun's nearest
antecedent (:class:`~.memory.Memory` checks the agreement). None is taken when the subject names no speaker ("Le
projet sera abandonné, a-t-il indiqué"), is passive ("X a été arrêté, a-t-il précisé": someone else tells it) or is
a state named by its proper name ("La France ne cédera pas, a-t-elle indiqué" after "la ministre X": more often
the person named before speaking of the state); the pronoun then refers back as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from . import labels
from .frame import Frame
from .item import Item
from .lexicon import fold
from .resolve import Resolver
from .speakers import Speaker


def _clitic(h: Token) -> bool:
    """Whether ``h`` is a subject pronoun ("il", "-elle", the euphonic "-t" before one)."""
    return h.pos_ == "PRON" or h.text.startswith("-")


def clause_subject(fr: Frame, it: Item) -> Token | None:
    """The head of the subject of reported clause ``it`` when an incise whose subject is a pronoun closes it, in the
    same sentence; None otherwise."""
    if it.direct or not it.heads or not all(_clitic(h) and it.end <= h.idx < it.sent[1] for h in it.heads):
        return None
    span = fr.doc.char_span(it.start, it.end, alignment_mode="expand")
    if span is None:
        return None
    inside = {t.i for t in span}
    for v in span:
        if v.pos_ not in labels.VERBAL or (v.head.i in inside and v.head.i != v.i):
            continue  # the clause's main verb: its head outside the clause (the incise's verb), or the root
        subjects = [c for c in children(v) if c.dep_ in labels.SUBJECT and c.i in inside]
        if len(subjects) == 1 and subjects[0].pos_ in {"NOUN", "PROPN"} and not fr.in_quote(subjects[0].idx):
            return subjects[0]
        return None
    return None


def _names_speaker(subject: Token, resolver: Resolver) -> bool:
    """Whether the clause subject ``subject`` names a speaker by its own head: a name the entities mention there, an
    institution, organisation or spokesperson noun, or a role ("the ministry", "the army", "the minister"); not a
    thing whose modifier holds a name ("A special Valdor Air Force flight carried the aid, it said": the flight,
    which never speaks, is no antecedent; the pronoun refers back to the source quoted before)."""
    if resolver.mentions.covering(subject.idx, subject.idx + len(subject)):
        return True
    lex = resolver.lex
    nouns = lex["institution"] | lex["state_body"] | lex["org_epithet"] | lex["spokes"]
    return bool({fold(subject.text), subject.lemma_.lower()} & nouns) or resolver.is_role(subject)


def clause_speakers(fr: Frame, it: Item, resolver: Resolver, pos: int) -> tuple[list[Speaker], list[Token]] | None:
    """The speakers the subject of the clause ``it`` closes names (:func:`clause_subject`) and its head, to remember
    before its incise's pronoun is read; None when there is no such subject, or it is a state named by its name,
    not by an institution noun: "La France ne cédera pas, a-t-elle indiqué" after "la ministre X" is more often
    the minister speaking of her state ("Le gouvernement sénégalais …, a-t-il annoncé" is the state speaking)."""
    subject = clause_subject(fr, it)
    if subject is None or not _names_speaker(subject, resolver):
        return None
    found = resolver.heads([subject], pos)
    institution = {fold(subject.text), subject.lemma_.lower()} & fr.lex["institution"]  # "le gouvernement X"
    if found and all(e.type == "GPE" for e in found) and not institution:
        return None  # "Le Mexique n'expulsera pas…, a-t-il assuré": the person named before, of the state
    return found, [subject]


__all__ = ["clause_speakers", "clause_subject"]
