"""Lowercase nouns of a kind printed before a name, as :mod:`.facilities` (« l'aéroport Ben Gourion ») and
:mod:`.kind_phrases` (« le district de Valmont ») read them: a list of the language's ``entities.json`` as phrases of
normalised words, where one of them is printed in lowercase in a Doc, and whether the determiner before it is
definite (``kind_determiners`` of the article's own language, or a token the parser marks definite)."""

from __future__ import annotations

import functools
from typing import Any

from spacy.tokens import Doc

from ... import lang as langs
from ..kb import norm
from ..kbnorm import token_norm
from .words import FILE


def phrase_words(phrase: str) -> tuple[str, ...]:
    """A phrase as a tuple of normalised words (an apostrophe ends a word: « maison d'arrêt » is « maison », « d' »,
    « arrêt »)."""
    return tuple(norm(w) for w in phrase.replace("'", "' ").split())


def phrases(data: dict[str, Any], key: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of list ``key`` of a language's ``entities.json`` ``data`` as tuples of normalised words
    (:func:`phrase_words`), longest first; () when absent."""
    found = {phrase_words(p) for p in data.get(key, [])}
    return tuple(sorted(found, key=len, reverse=True))


def lowercase_end(doc: Doc, k: int, listed: tuple[tuple[str, ...], ...]) -> int:
    """The end of the longest phrase of ``listed`` (longest first) printed in lowercase from token k, else k."""
    for p in listed:
        end = k + len(p)
        if end <= len(doc) and all(
            token_norm(doc[k + n]) == w and doc[k + n].text[:1].islower() for n, w in enumerate(p)
        ):
            return end
    return k


@functools.cache
def _determiners(code: str) -> frozenset[str]:
    return frozenset(norm(w) for w in langs.get(code).json(FILE).get("kind_determiners", []))


langs.on_change(_determiners.cache_clear)


def definite(doc: Doc, i: int, code: str) -> bool:
    """Whether the noun at token i follows a definite determiner of language ``code``: one of its
    ``kind_determiners`` (« le », « l' », « du », « au »), or a token the parser marks definite."""
    return i > 0 and (token_norm(doc[i - 1]) in _determiners(code) or "Def" in doc[i - 1].morph.get("Definite", []))
