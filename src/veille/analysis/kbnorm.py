"""The knowledge base's lookup key (:func:`norm`: case, accents, apostrophes, dashes and spaces folded), and the
same key of a spaCy token remembered by its form's hash (:func:`token_norm`): every entity pass asks it of every
token. :mod:`veille.analysis.kb` exports both."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection
from typing import TYPE_CHECKING

from .memo import Memo
from .tree import per_doc, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
_SPACE = re.compile(r"\s+")


class _Combining(dict[int, int | None]):
    """A ``str.translate`` table deleting combining marks (accents once decomposed), filled as characters come."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_COMBINING = _Combining()


@functools.lru_cache(maxsize=1 << 16)  # the same surfaces recur across candidate spans and articles
def norm(text: str, *, accents: bool = False) -> str:
    """Normalised lookup key: case folded, apostrophes/dashes unified, spaces collapsed, accents stripped
    (kept with ``accents=True``: role words, where 'General' must not match French 'général'). Cached as it is
    (no wrapper around the cache): the entity passes ask it for every token, most often of a word already seen."""
    text = unicodedata.normalize("NFKD" if not accents else "NFC", text.translate(_APOS))
    if not accents and not text.isascii():
        text = text.translate(_COMBINING)
    return _SPACE.sub(" ", text.casefold()).strip()


#: Most token forms :func:`token_norm` remembers before starting afresh: several days of news's distinct words, so
#: that a long run's memory stays bounded.
TOKEN_NORM_MEMO = 1 << 17
_token_norms = (Memo[int, str](TOKEN_NORM_MEMO), Memo[int, str](TOKEN_NORM_MEMO))  # orth -> norm, without/with accents


def token_norm(tok: Token, *, accents: bool = False) -> str:
    """``norm(tok.text)``, by the token's form hash: the entity passes read it for every token, and the hash is read
    without making the token's text again."""
    memo = _token_norms[accents]
    found = memo.get(tok.orth)
    if found is None:
        found = memo.put(tok.orth, norm(tok.text, accents=accents))
    return found


def norm_positions(doc: Doc, words: Collection[str]) -> list[int]:
    """The positions of the tokens of ``doc`` whose :func:`token_norm` is one of ``words``, in text order: read
    from the Doc's keys, made once for the Doc (:func:`token_norms`), so that a pass looking for a few words tests
    a string per token rather than making each token and asking its key."""
    return [i for i, w in enumerate(token_norms(doc)) if w in words]


def token_norms(doc: Doc) -> list[str]:
    """:func:`token_norm` of every token of ``doc``, made once for the Doc (read only)."""
    return per_doc(doc, _token_norms_of, _token_norms_of)


def _token_norms_of(doc: Doc) -> list[str]:
    return [token_norm(tok) for tok in tokens(doc)]
