"""Text comparison for scoring: folding (Unicode compatibility forms, case, quotes and apostrophes, NBSP, runs
of whitespace and the spaces inside guillemets; invisible format characters dropped) and folded search."""

from __future__ import annotations

import unicodedata

_QUOTES = {**dict.fromkeys("‘’‚‛′ʼ`´", "'"), **dict.fromkeys("“”„‟«»″", '"')}


def _fold_char(ch: str) -> str:
    if unicodedata.category(ch) == "Cf":  # soft hyphen, zero-width space, BOM...
        return ""
    out = unicodedata.normalize("NFKD", ch).casefold()  # NFKD per char: composed and decomposed agree
    return "".join(" " if c.isspace() else _QUOTES.get(c, c) for c in out)


def fold_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` for comparison; return it with, for each folded char, its index in ``text``.

    Runs of whitespace become one space and the spaces inside French guillemets go (« oui » ->
    "oui"); leading/trailing whitespace is kept (as one space) so the offsets stay simple; callers
    strip what they compare.
    """
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch == "»" and chars and chars[-1] == " ":  # French spacing inside guillemets
            chars.pop()
            origin.pop()
        for c in _fold_char(ch):
            if c == " " and chars and (chars[-1] == " " or text[origin[-1]] == "«"):
                continue
            chars.append(c)
            origin.append(i)
    return "".join(chars), origin


def fold(text: str | None) -> str:
    """The comparison form of ``text`` (see module docstring); ``""`` for None."""
    return fold_map(text)[0].strip() if text else ""


def find_spans(needle: str, haystack: str) -> list[tuple[int, int]]:
    """Character spans of ``haystack`` where the folded ``needle`` occurs (folded search)."""
    target = fold(needle)
    if not target:
        return []
    folded, origin = fold_map(haystack)
    spans, at = [], folded.find(target)
    while at >= 0:
        spans.append((origin[at], origin[at + len(target) - 1] + 1))
        at = folded.find(target, at + len(target))
    return spans
