"""Persons named together by a plural role phrase: "the Valdorian and Ostrelian foreign ministers", "two Australian
ministers", « les ministres » (issue 12, stop 54). The lexicon's ``joint`` rows name a pair by fixed words ("the two
ministers", « les deux ministres »); a plural role noun of the ``joint_role`` rows ("ministers", « ministres »)
with a definite article or a number, and only adjectives of its own (its states, its portfolio), names the same
pair in other words, where it was kept as a described speaker. A definite phrase names the pair named before it
(:meth:`.memory.Memory.joint`), or, where the text named no two persons yet (its opening sentence), the persons
the next sentence names; a number with no article introduces them: the persons the next sentence names. A phrase
with a complement or a possessive ("the ministers of the bloc", "her ministers") or a bare plural ("Ministers
said") names no pair and reads as before."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from . import labels
from .head_memo import definite_article
from .lexicon import Lexicon, fold
from .memory import Memory
from .speakers import Mentions, Speaker

#: Dependents a pair's role phrase may hold besides its article or number: adjectives and nouns of its kind.
MODIFIERS = frozenset({"amod", "compound"})


def _plain(head: Token) -> bool:
    """Whether the phrase of ``head`` holds only an article, a number and adjectives ("the Valdorian and Ostrelian
    foreign ministers"; the conjuncts of an adjective are its own)."""
    for c in children(head):
        if c.dep_ == "det" and not definite_article(head):
            return False  # "her ministers", « ces ministres »
        if c.dep_ not in {"det", "nummod", "punct"} | MODIFIERS:
            return False  # "the ministers of the bloc", « les ministres réunis à X »
        if c.dep_ in MODIFIERS and c.pos_ not in {"ADJ", "NOUN"}:
            return False  # "the G7 ministers": a name says whose
    return True


def _next_persons(head: Token, mentions: Mentions) -> list[Speaker]:
    """The persons the first sentence after the one of ``head`` that has words names, when two or more."""
    doc, at = head.doc, head.sent.end
    while at < len(doc):
        sent = doc[at].sent
        if sent.text.strip():
            persons = mentions.persons(sent.start_char, sent.end_char)
            return persons if len(persons) >= 2 else []
        at = sent.end
    return []


def joint_role(head: Token, pos: int, lex: Lexicon, mentions: Mentions, memory: Memory) -> list[Speaker] | None:
    """The persons a plural role phrase headed by ``head`` names together; None when it is no such phrase (or
    names no pair the text gives)."""
    if fold(head.text) not in lex["joint_role"] or "Sing" in labels.feature(head, "Number") or not _plain(head):
        return None
    numbered = any(c.dep_ == "nummod" for c in children(head))
    if definite_article(head):
        before = [sp for sp in memory.joint(pos, mentions) if sp.type == "PERSON"]
        return (before if len(before) >= 2 else _next_persons(head, mentions)) or None
    return (_next_persons(head, mentions) or None) if numbered else None
