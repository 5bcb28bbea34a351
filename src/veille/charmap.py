"""Single characters replaced in a text, as ``str.translate`` of a table would, by ``str.replace`` of each character
the text holds.

``str.translate`` with a table looks each character of the text up in the table: some 50 ns a character on a
non-ASCII text, 3-4 ms a run of the 40 texts of bench/throughput.py for each of the parse's space normalisation and
the text cleaner's invisible characters, where those characters are rare or absent. ``in`` and ``str.replace`` scan
the text for one character at C speed, and only the characters the text holds are replaced. The result is the
table's when no replacement holds a character the table replaces (replacements made in turn would otherwise replace
it again): :class:`CharMap` refuses such a table.
"""

from __future__ import annotations


class CharMap:
    """``text.translate(str.maketrans(table))`` for ``table``: single characters -> their replacement (a string,
    empty to drop the character), none of which holds a character of the table."""

    __slots__ = ("pairs",)

    def __init__(self, table: dict[str, str]) -> None:
        if any(len(char) != 1 for char in table):
            raise ValueError("a CharMap replaces single characters")
        if any(char in replacement for replacement in table.values() for char in table):
            raise ValueError("a replacement holds a character the CharMap replaces")
        self.pairs = tuple(table.items())

    def __call__(self, text: str) -> str:
        for char, replacement in self.pairs:
            if char in text:
                text = text.replace(char, replacement)
        return text
