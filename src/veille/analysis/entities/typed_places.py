"""A place the NER reads printed with a lowercase type word that is no part of its name: a kind after it ("Fujian
province", "the Homs governorate", place_words.tsv ``kind``) or a type noun right before it (« le fleuve
Oubangui », « le gazoduc Medbar », « la chaîne Sawtina »; entities.json ``type_nouns_before``): the place is named
without the word and mentioned with it, whether the NER took the word into its span or left it beside, so that both
the bare name and the printed phrase name it. Any other lowercase common noun that opens the NER's span, with its
lowercase adjectives and a « de » (« le quartier X », « l'ancien palais royal de X », « le département de X »), is
read the same way (:func:`lowercase_head`), but for a body of water, a street, a facility and a name the knowledge base
knows."""

from __future__ import annotations

from spacy.tokens import Doc

from ..kb import KnowledgeBase
from ..kbnorm import token_norm
from .facilities import head_words
from .words import words


def typed_place(doc: Doc, i: int, j: int, kb: KnowledgeBase) -> tuple[int, int]:
    """(end of the name, end of the mention) of the place the NER read at tokens [i, j)."""
    if j - i > 1 and doc[j - 1].is_lower and token_norm(doc[j - 1]) in kb.place_kinds:
        return j - 1, j
    if j < len(doc) and doc[j].is_lower and token_norm(doc[j]) in kb.place_kinds:
        return j, j + 1
    return j, j


def lowercase_head(doc: Doc, i: int, j: int, kb: KnowledgeBase) -> int:
    """Where the capitalised name starts in a span [i, j) the NER opened on a lowercase common noun, its lowercase
    adjectives and a word of ``of`` with its article (« le quartier X », « le palais royal de X », « le département
    de X »), or i when the span opens otherwise: the noun says what kind of place the name is, no part of it. A
    body of water and a street keep their head noun (« le golfe de X », « la rue de X »: ``water_heads``,
    ``street_heads``, one place under the whole name), a facility's head is :mod:`.facilities`' to read
    (« l'aéroport X »), and a name the knowledge base knows after the noun names another place than the phrase."""
    w = words()
    if not (j - i > 1 and doc[i].is_lower and doc[i].is_alpha and doc[i].pos_ == "NOUN"):
        return i
    head = token_norm(doc[i])
    if head in w.water_heads or head in w.street_heads or head in head_words(doc.lang_):
        return i
    k = i + 1
    while k < j and doc[k].is_lower and doc[k].pos_ == "ADJ":
        k += 1
    if k < j and token_norm(doc[k]) in w.of:
        k += 1
        if k < j and token_norm(doc[k]) in w.of_det:
            k += 1
    if not (k < j and doc[k].text[:1].isupper() and (doc[k].is_alpha or "-" in doc[k].text)):
        return i
    rest = doc[k:j].text
    return i if kb.city(rest) or kb.lookup(rest, doc.lang_) else k


def type_noun_before(doc: Doc, i: int, j: int, taken: set[int], kb: KnowledgeBase) -> tuple[int, int]:
    """(start of the name, start of the mention) of the name the NER read at tokens [i, j): after the type noun
    that opens the span or stands right before it (a token no other mention holds)."""
    nouns = words().type_nouns_before
    if j - i > 1 and doc[i].is_lower and token_norm(doc[i]) in nouns:
        return i + 1, i
    if (k := lowercase_head(doc, i, j, kb)) > i:
        return k, i
    if i > 0 and i - 1 not in taken and doc[i - 1].is_lower and token_norm(doc[i - 1]) in nouns:
        return i, i - 1
    return i, i
