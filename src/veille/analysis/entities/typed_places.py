"""A place the NER reads printed with a lowercase type word that is no part of its name ("Fujian province", "the
Homs governorate", place_words.tsv ``after``): the place is named without the word and mentioned with it, whether
the NER took the word into its span or left it just after, so that both the bare name and the printed phrase name
it."""

from __future__ import annotations

from spacy.tokens import Doc

from ..kb import KnowledgeBase
from ..kbnorm import token_norm


def typed_place(doc: Doc, i: int, j: int, kb: KnowledgeBase) -> tuple[int, int]:
    """(end of the name, end of the mention) of the place the NER read at tokens [i, j)."""
    if j - i > 1 and doc[j - 1].is_lower and token_norm(doc[j - 1]) in kb.place_kinds:
        return j - 1, j
    if j < len(doc) and doc[j].is_lower and token_norm(doc[j]) in kb.place_kinds:
        return j, j + 1
    return j, j
