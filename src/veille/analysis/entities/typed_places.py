"""A place the NER reads printed with a lowercase type word that is no part of its name: a kind after it ("Fujian
province", "the Homs governorate", place_words.tsv ``kind``) or a type noun right before it (« le fleuve
Oubangui », « le gazoduc Medbar », « la chaîne Sawtina »; entities.json ``type_nouns_before``): the place is named
without the word and mentioned with it, whether the NER took the word into its span or left it beside, so that both
the bare name and the printed phrase name it."""

from __future__ import annotations

from spacy.tokens import Doc

from ..kb import KnowledgeBase
from ..kbnorm import token_norm
from .words import words


def typed_place(doc: Doc, i: int, j: int, kb: KnowledgeBase) -> tuple[int, int]:
    """(end of the name, end of the mention) of the place the NER read at tokens [i, j)."""
    if j - i > 1 and doc[j - 1].is_lower and token_norm(doc[j - 1]) in kb.place_kinds:
        return j - 1, j
    if j < len(doc) and doc[j].is_lower and token_norm(doc[j]) in kb.place_kinds:
        return j, j + 1
    return j, j


def type_noun_before(doc: Doc, i: int, j: int, taken: set[int]) -> tuple[int, int]:
    """(start of the name, start of the mention) of the name the NER read at tokens [i, j): after the type noun
    that opens the span or stands right before it (a token no other mention holds)."""
    nouns = words().type_nouns_before
    if j - i > 1 and doc[i].is_lower and token_norm(doc[i]) in nouns:
        return i + 1, i
    if i > 0 and i - 1 not in taken and doc[i - 1].is_lower and token_norm(doc[i - 1]) in nouns:
        return i, i - 1
    return i, i
