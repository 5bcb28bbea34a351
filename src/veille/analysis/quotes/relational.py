"""A person's counsel or kin as a source (« a indiqué son avocat », « selon l'avocate de X », « sa sœur »).

The ``relational`` nouns of the lexicon are ``anonymous`` nouns too: with no name of its own, such a phrase is an
unnamed source described by its words. But a report often names the lawyer elsewhere (« l'avocate de X » in one
sentence, « l'avocate Y » in another, or « Me Y, l'avocat de X, »): where the text calls exactly one person by the
phrase's noun, printed right before that person's mention or after it and a comma, that person speaks.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .lexicon import Lexicon, fold
from .speakers import Mentions, Speaker

#: How many characters around a person's mention are read for the noun that calls them so.
REACH = 40


def _words(text: str) -> list[str]:
    """The folded words of ``text``, elided articles split off (« l'avocate » -> « l », « avocate »)."""
    return [w for w in re.split(r"[\s'’,;:()]+", fold(text)) if w]


def called_so(head: Token, lex: Lexicon, text: str, mentions: Mentions) -> list[Speaker]:
    """The one person ``text`` calls by the ``relational`` noun ``head`` (« l'avocate Y », « Y, l'avocat de X »);
    [] when ``head`` is no such noun, or the text calls no one or several persons so."""
    if head.pos_ != "NOUN":
        return []
    nouns = {fold(head.text), fold(head.lemma_)} & lex["relational"]
    if not nouns:
        return []
    found: dict[str, Speaker] = {}
    for a, b, e in mentions.spans:
        if e.type != "PERSON":
            continue
        before = _words(text[max(0, a - REACH) : a])[-1:]  # « l'avocate Monia Bouali », « Me » not counted
        after = text[b : b + REACH]
        apposed = after.lstrip().startswith(",") and nouns & set(_words(after)[:2])  # « Y, l'avocat de X »
        if nouns & set(before) or apposed:
            found[e.key] = e
    return list(found.values()) if len(found) == 1 else []
