"""The source of a hearsay sentence that a speech-verb incise closes around a quoted fragment: "Une centaine de
gendarmes auraient été dépêchés pour une opération de « contrôle du site », ont indiqué des sources concordantes."
The conditional's sentence is the incise's subject's report (here described sources), not the statement before it
going on; the fragment's own cue, which closes the sentence, tells who reports it."""

from __future__ import annotations

from .item import Item
from .resolve import Resolver
from .speakers import Speaker


def closing_source(it: Item, items: list[Item], resolver: Resolver, pos: int) -> list[Speaker]:
    """The speakers of the speech-verb subject that closes the sentence of hearsay item ``it``, read from a quoted
    fragment of that sentence whose cue follows it; [] when none."""
    text = resolver.text
    for other in items:
        if other is it or other.sent != it.sent or not other.direct or not other.heads or other.start < it.start:
            continue
        after = text[other.end : it.sent[1]].lstrip(" \u00a0\u202f»”\"’'")
        if not after.startswith(","):  # the incise comes right after the fragment's closing mark
            continue
        found = resolver.heads(other.heads, pos)
        if found:
            return found
    return []


__all__ = ["closing_source"]
