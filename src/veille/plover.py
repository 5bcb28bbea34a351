"""The PLOVER vocabulary: event types, their quad classes and modes, as ``data/events/types.tsv`` lists them.

One place for the list every stage, query, page and report names (the event coder reads the full table with
its coding rules through ``analysis.events.lexicon``).
"""

from __future__ import annotations

from functools import cache

from .datafiles import DATA, read_table

__all__ = ["event_modes", "event_types", "quad_classes"]


@cache
def event_types() -> tuple[str, ...]:
    """The PLOVER event types, in their table order."""
    return tuple(dict.fromkeys(row["type"] for row in read_table(DATA / "events" / "types.tsv")))


@cache
def quad_classes() -> dict[str, str]:
    """The quad class of each PLOVER type (its base row)."""
    return {row["type"]: row["quad"] for row in read_table(DATA / "events" / "types.tsv") if not row["mode"]}


@cache
def event_modes() -> tuple[str, ...]:
    """The PLOVER modes, sorted."""
    return tuple(sorted({row["mode"] for row in read_table(DATA / "events" / "types.tsv") if row.get("mode")}))
