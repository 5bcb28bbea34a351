"""How a reported clause found by the indirect pass (:mod:`.indirect`, step 3 of the passes listed in the package's
docstring) becomes an :class:`~.item.Item`: its bounds trimmed, run on over a quoted fragment that closes past its
end, and kept only when it holds three words or more, opens outside quotation marks (unless on a quoted fragment of
the speaker's words: :func:`.reported.opening_fragment`) and overlaps no clause found before. Every form of reported
speech the indirect pass reads is added here, so that one rule bounds them all.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .frame import Frame
from .item import Item
from .marks import count_words, trim
from .reported import opening_fragment


def add_clause(fr: Frame, items: list[Item], start: int, end: int, u: Span, cue: str, heads: list[Token]) -> None:
    """Add clause ``[start, end)`` of unit ``u`` to ``items``, over a quoted fragment running past its end; not when
    under three words, opening inside quotation marks, or overlapping one found."""
    text = fr.text
    start, end = trim(text, start, end)
    for o, c in fr.marks:  # a quoted fragment running past the clause's end belongs to it
        if start <= o < end < c + 1:
            end = min(c + 1, len(text))  # a quote the text ends in closes at its end
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in '»”")’':
        end -= 1
    quoted = fr.in_quote(start) and not opening_fragment(fr, start, end)  # "said that “this plan” would fail"
    if count_words(text[start:end]) < 3 or quoted or any(it.start < end and start < it.end for it in items):
        return
    items.append(Item(start, end, False, (u.start_char, u.end_char), cue, heads))
