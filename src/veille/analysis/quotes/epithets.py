"""Organisations named back by a short common noun: "a fait savoir l’organisation", "the group said".

News copy names an organisation once ("l’ONG Terre Claire", "the Valdor Climate Alliance") and then refers back to
it by a bare definite phrase headed by a generic noun of organisations ("l’organisation", "le groupe", "the
agency"), the ``org_epithet`` entries of the lexicon. When that noun is in no entity's name (the name-holding case
is :meth:`.resolve.Resolver.definite`'s), the phrase names the last organisation mentioned before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from .. import kb
from .lexicon import Lexicon, fold
from .speakers import Mentions, Speaker, dedupe

#: Dependency labels of a complement under a generic noun of organisations that says what the organisation does
#: ("l’ONG de soutien aux familles de prisonniers"): with no entity in it, the phrase still refers back.
_PURPOSE = frozenset({"nmod"})


def _epithet(head: Token, lex: Lexicon) -> bool:
    """Whether ``head`` is a generic noun of organisations (an ``org_epithet`` entry, by form or lemma)."""
    return bool({fold(head.text), fold(head.lemma_)} & lex["org_epithet"])


def last_organisation(head: Token, mentions: Mentions, lex: Lexicon) -> list[Speaker]:
    """The organisation mentioned last before ``head`` when ``head`` is a generic noun of organisations, never an
    army, a police or a court (sectors.tsv class ``no_epithet``); [] otherwise or when none was mentioned."""
    if not _epithet(head, lex):
        return []
    never = kb.sectors_in("no_epithet")  # "l’organisation" after "l’armée": an NGO's name back, not the army's
    before = [
        (start, ent)
        for start, end, ent in mentions.spans
        if end <= head.idx and ent.type == "ORG" and ent.sector not in never
    ]
    return [max(before, key=lambda m: m[0])[1]] if before else []


def noun_word(head: Token, others: Iterable[str] = ()) -> re.Pattern[str]:
    """The word of ``head`` in a folded name or mention, singular or plural ("armée" in "état-major des armées"), or
    one of the ``others`` (folded words that name the same body: :func:`.named_again.body_words`)."""
    alternatives = "|".join(re.escape(w) for w in [fold(head.text), *others])
    return re.compile(r"(?<!\w)(?:" + alternatives + r")[sx]?(?!\w)")


def named_after(head: Token, text: str, mentions: Mentions) -> list[Speaker]:
    """The one organisation named after ``head`` whose name or a mention holds its noun, when a bare definite phrase
    names an organisation before the text does ("selon la police", then "la police valdorienne"); [] when none or
    several."""
    word = noun_word(head)
    found = dedupe(
        [
            ent
            for start, end, ent in mentions.spans
            if start > head.idx
            and ent.type == "ORG"
            and (word.search(fold(text[start:end])) or word.search(fold(ent.name)))
        ]
    )
    return found if len(found) == 1 else []


def purpose_only(head: Token, specific: list[Token], mentions: Mentions, lex: Lexicon) -> bool:
    """Whether the only modifiers ``specific`` of a generic noun of organisations ``head`` are complements that name
    no entity ("l’ONG de soutien aux familles de prisonniers": what it does, not which one it is)."""
    if not _epithet(head, lex):
        return False
    comma = next((t.i for t in head.doc[head.i + 1 :] if t.text == ","), len(head.doc))
    return all(
        c.dep_ in _PURPOSE and not mentions.covering(c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in specific
        if c.i < comma  # the phrase ends at its comma: what the parse hangs on it after belongs to the clause
    )
