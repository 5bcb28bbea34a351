"""A definite phrase of an unnamed source that the text never introduced refers back to a person named before it.

News copy names a person, then calls them by a generic noun of sources that is also a role word (data/kb/roles.tsv)
in a definite phrase ("the official added", "the Russian official said", "the high-ranking diplomat said"): with no
unnamed source of that noun introduced before ("a senior official said", "officials said"), the phrase can only
stand for someone the text has named, so it is resolved as a definite role phrase is
(:meth:`.resolve.Resolver.role_reference`: the person of the nationality it gives), or to the last person seen,
whatever role the text gave them (a deputy foreign minister is "the diplomat"). Where a source of that noun was
introduced before, the phrase names that source, unnamed (:mod:`.unnamed`); a noun of a body ("the opposition",
« le parquet ») is no person's.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .. import kb
from . import labels
from .lexicon import Lexicon, fold
from .memory import Memory
from .phrases import gender
from .speakers import Speaker
from .unnamed import source_nouns


def first_source_noun(head: Token, lex: Lexicon) -> bool:
    """Whether ``head`` heads a singular definite phrase of an unnamed source ("the official", "the Russian
    official") whose noun the text has used before it only in such phrases: never with another determiner or in the
    plural ("a senior official", "officials", "two officials"). The caller reads it only for a noun that names a
    role a person holds ("official", "diplomat"), never a body's ("the opposition", « le parquet »)."""
    nouns = source_nouns(head, lex)
    if not nouns or "Plur" in labels.feature(head, "Number"):
        return False
    if any(c.dep_ in labels.OWNER or c.dep_ in {"prep", "nummod"} for c in head.children):
        return False  # "the official of the ministry", "the two officials": a source of its own
    lemma = fold(head.lemma_)
    return not any(
        t.pos_ == "NOUN" and (fold(t.lemma_) == lemma or fold(t.text) in nouns) and not _definite_one(t)
        for t in head.doc[: head.i]
    )


def _definite_one(noun: Token) -> bool:
    """Whether ``noun`` is singular after a definite article ("the official" said before: the same reference)."""
    return "Plur" not in labels.feature(noun, "Number") and any(
        c.dep_ == "det" and labels.feature(c, "Definite") == ["Def"] for c in noun.children
    )


def source_person(
    head: Token, pos: int, memory: Memory, lang: str, by_role: Callable[[Token, int], list[Speaker]]
) -> list[Speaker]:
    """The person the phrase of ``head`` at ``pos`` refers back to: with a nationality, as a role phrase
    (``by_role``); else the last person seen among the speakers and subjects, of a compatible gender, else as a role
    phrase; [] when none."""
    if any(kb.load().demonym(c.text, lang) for c in head.children if c.dep_ in {"amod", "compound"}):
        return by_role(head, pos)
    return memory.person(pos, gender(head)) or by_role(head, pos)
