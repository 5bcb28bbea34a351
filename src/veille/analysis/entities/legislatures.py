"""A national legislature known by a proper name of its own ("the Lok Sabha", "the State Duma", « la Knesset »:
bodies.tsv rows of sector LEG whose name implies the state) is no person, though the NER may read one there: its
words are taken before the people are found, and the body stage names it."""

from __future__ import annotations

from .scan import Hit
from .table import EntityTable

#: The PLOVER sector of legislatures in bodies.tsv.
LEGISLATIVE = "LEG"


def take_named_legislatures(table: EntityTable, hits: list[Hit]) -> None:
    """Take the tokens of each legislature hit whose name implies its state (see the module)."""
    for h in hits:
        if h.kind == "body" and h.body is not None and h.body.country and h.body.sector == LEGISLATIVE:
            table.take(*(h.core or (h.i, h.j)))
