"""Sources named by a possessive locution: "À ses yeux, …", "à son avis", "in her view, …", "in his words".

Such a locution (a ``prep`` or ``prep_start`` entry of the lexicon holding a possessive determiner) names as the
source the person its possessive refers to: the last single person seen speaking or as a subject, of the
possessive's gender where it marks its owner's: a possessive pronoun does ("his", "her"), a possessive determiner
agrees with its noun instead (French "son", "sa", "ses"), so the lexicon lists only the locutions of a single owner
("à ses yeux", not "à leurs yeux"). A plural possessive pronoun ("in their view") names what "they" would (the
last group seen), a neuter one ("in its view") what "it" would (the last organisation or state).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children, text_of
from . import labels
from .lexicon import Lexicon, fold
from .memory import Memory
from .speakers import Speaker


def possessive_source(head: Token, lex: Lexicon, memory: Memory, pos: int) -> list[Speaker]:
    """The person the possessive of the source locution headed by ``head`` refers to, at character ``pos``; [] when
    ``head`` heads no such locution, or the possessor is plural, or no single person was seen."""
    poss = next((c for c in children(head) if "Yes" in labels.feature(c, "Poss")), None)
    if poss is None:
        return []
    phrase = fold(text_of(head.doc, head.left_edge.i, head.i + 1))  # "à ses yeux"; "her view" under "in"
    if not any(p == phrase or p.endswith(" " + phrase) for p in lex["prep"] | lex["prep_start"]):
        return []
    return possessor(poss, lex, memory, pos)


def possessor(poss: Token, lex: Lexicon, memory: Memory, pos: int) -> list[Speaker]:
    """Whom possessive ``poss`` refers to at character ``pos``: a person of its gender ("his", "her"; a French
    determiner, which agrees with its noun, any person), what "they" would name ("their"), what "it" would
    ("its"); [] when no one fits."""
    if poss.pos_ != "PRON":  # a possessive determiner ("ses", "sa") agrees with its noun: nothing of its owner
        return memory.person(pos, None)
    gender = labels.feature(poss, "Gender")
    if "Plur" in labels.feature(poss, "Number") or gender == ["Neut"]:  # "in their view": a group; "in its view"
        words = lex["pron_pl"] if "Plur" in labels.feature(poss, "Number") else lex["pron_n"]
        return memory.pronoun(min(words), pos, lex) if words else []
    return memory.person(pos, "m" if gender == ["Masc"] else "f" if gender == ["Fem"] else None)


def determiner_owner(head: Token, memory: Memory, pos: int) -> list[Speaker]:
    """Who issued the document ``head`` names through a possessive determiner ("d'après son communiqué", "selon sa
    déclaration"): a determiner agrees with its noun, so its owner is the last single entity seen speaking or as a
    subject, person or not (the UN's "son communiqué" as much as its secretary-general's); [] when ``head`` has no
    possessive determiner or the last ones seen are several."""
    if not any(c.dep_ == "det" and "Yes" in labels.feature(c, "Poss") for c in children(head)):
        return []
    last = memory.last_named(pos)
    return last if len(last) == 1 else []
