"""A surname alone as a speaker phrase ("…, PM Martel added", "a poursuivi M. Martel"): the one person the text names
whose name, or a mention of it, ends with that word; no one when none or several do. Read by :mod:`.resolve` (step 4
of the passes listed in the package's docstring) where the entities recorded no mention at the phrase. The index of
the last words is made once per text and kept in the mentions' memo.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import fold
from .speakers import Mentions, Speaker


def last_word(text: str, start: int, end: int) -> str:
    """The last word of ``text[start:end]``, folded."""
    words = fold(text[start:end]).split()
    return words[-1] if words else ""


def surname(head: Token, mentions: Mentions, text: str) -> list[Speaker]:
    """The one person whose name or a mention of it ends with the word of ``head`` ("Martel" for "Paul
    Martel"); [] when none or several do."""
    found = _surnames(mentions, text).get(fold(head.text), {})
    return list(found.values()) if len(found) == 1 else []


def _surnames(mentions: Mentions, text: str) -> dict[str, dict[str, Speaker]]:
    """The last word (folded) of each person's name and mention in ``text`` -> the persons with that word, by key (the
    last mention's of each): made once per text, where :func:`surname` scanned every mention (quadratic)."""
    key = ("surnames", text)
    index = mentions.memo.get(key)
    if index is None:
        index = {}
        for a, b, sp in mentions.spans:
            if sp.type == "PERSON":
                for word in {last_word(sp.name, 0, len(sp.name)), last_word(text, a, b)}:
                    index.setdefault(word, {})[sp.key] = sp
        mentions.memo[key] = index
    return index
