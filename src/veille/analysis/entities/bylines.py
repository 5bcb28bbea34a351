"""A news agency or medium named in a byline: "By AFP", "By Agence France-Presse", "Par l'AFP" as a byline's
first name, or one segment of a byline cut by bars or slashes ("By Jane Roe | Daily Ledger | March 3, 2021"). The
real-news convention (``../shared/real/GOLD.md``) lists the agency or medium that signs a story as an entity of
the article, as it does "(AFP)" in a dateline; the byline's author and places stay no entities of the story
(:func:`.recognise.finish`). Only a medium of the knowledge base (``orgs.tsv``, sector MED) is read so: "By South
Asia correspondent Jane Roe" names none."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ... import lang
from ...record import Entity
from .words import byline_prefixes

#: What cuts a byline into its parts: a bar, a slash, a column gap ("By AFP     3 hours ago").
_PARTS = re.compile(r"\s*[|/]\s*|\s{3,}")


@functools.cache
def _opening() -> re.Pattern[str]:
    """A byline's prefix word at the start of a line, and the spaces after it."""
    alternatives = "|".join(re.escape(w) for w in sorted(byline_prefixes(), key=len, reverse=True))
    return re.compile(rf"(?m)^[ \t]*(?:{alternatives})[ \t]+")


lang.on_change(_opening.cache_clear)


def openings(text: str) -> frozenset[int]:
    """The offsets in ``text`` where a byline's first word after its prefix starts."""
    return frozenset(m.end() for m in _opening().finditer(text))


def signs(ent: Entity, starts: frozenset[int]) -> bool:
    """Is ``ent`` a medium of the knowledge base printed first in a byline (``starts``: :func:`openings`)?"""
    return (
        ent["id"].startswith("kb:org:")
        and ent.get("sector") == "MED"
        and any(m["start"] in starts for m in ent["mentions"])
    )


def byline_parts(line: str) -> list[tuple[int, str]]:
    """The parts of a byline line after its prefix, cut by bars or slashes, with their offsets in ``line``
    ("By Jane Roe | Daily Ledger | March 3" -> "Jane Roe", "Daily Ledger", "March 3"); none for another line."""
    m = _opening().match(line)
    if m is None:
        return []
    parts, pos = [], m.end()
    rest = line.rstrip()
    for sep in [*_PARTS.finditer(rest, pos), None]:
        end = sep.start() if sep else len(rest)
        if text := rest[pos:end].strip():
            parts.append((pos + rest[pos:end].index(text), text))
        if sep is None:
            break
        pos = sep.end()
    return parts


def byline_media(line: str, medium: Callable[[str], object | None]) -> list[tuple[int, int, object]]:
    """The media the byline ``line`` names as one of its parts: (start, end, entry) for each part ``medium``
    finds in the knowledge base."""
    out = []
    for at, text in byline_parts(line):
        if (e := medium(text)) is not None:
            out.append((at, at + len(text), e))
    return out
