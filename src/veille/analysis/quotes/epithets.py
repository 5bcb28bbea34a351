"""Organisations named back by a short common noun: "a fait savoir l’organisation", "the group said".

News copy names an organisation once ("l’ONG Terre Claire", "the Valdor Climate Alliance") and then refers back to
it by a bare definite phrase headed by a generic noun of organisations ("l’organisation", "le groupe", "the
agency"), the ``org_epithet`` entries of the lexicon. When that noun is in no entity's name (the name-holding case
is :meth:`.resolve.Resolver.definite`'s), the phrase names the last organisation mentioned before it.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon, fold
from .speakers import Mentions, Speaker


def last_organisation(head: Token, mentions: Mentions, lex: Lexicon) -> list[Speaker]:
    """The organisation mentioned last before ``head`` when ``head`` is a generic noun of organisations (an
    ``org_epithet`` entry, by form or lemma); [] otherwise or when none was mentioned."""
    if not {fold(head.text), fold(head.lemma_)} & lex["org_epithet"]:
        return []
    before = [(start, ent) for start, end, ent in mentions.spans if end <= head.idx and ent.type == "ORG"]
    return [max(before, key=lambda m: m[0])[1]] if before else []
