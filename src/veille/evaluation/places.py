"""Whether a matched event's place is the gold one: the same place under two spellings counts as the same place.

A gold place and a predicted one are the same place when their names agree folded (:func:`.text.fold`), when
they agree once accents are folded too (the knowledge base's key, :func:`veille.analysis.kb.norm`: "Male" and
"Malé"), or when both are names of one place of the knowledge base as the entity linker reads it (its names in
every language, "Moscou" and "Moscow", "Washington, D.C." and "Washington"). A name is resolved as the linker
resolves a place, by the names of the text's language first (English "Mexico" is the state, French "Mexico" its
capital): a name of the knowledge base's own entries (states, capitals, regions, seats of power), else a
gazetteer city or US state by its own name (not by the gazetteer's alternate names, some of which name the region
around the city), else a first-level subdivision; a city and its subdivision or state are so two places ("Kano"
and "Kano State"). A predicted place carrying its entity ``id`` is that entity. Scoring only: no list of names is
written here, and the analysis is not changed.
"""

from __future__ import annotations

import functools
from typing import Any

from .predictions import code_of, name_of
from .text import fold

#: The kinds of the knowledge base's entries that are places (its organisations are not).
_PLACE_KINDS = ("country", "city", "region", "seat")


@functools.cache
def place_ids(name: str, lang: str = "") -> frozenset[str]:
    """The ids of the entities the entity linker makes of the place named ``name`` in a text of language ``lang``
    (empty when it knows none): the knowledge base's names in ``lang`` first, else in any of its languages."""
    from ..analysis import kb as kbase  # here: the knowledge base loads the language tools scoring does not need
    from ..analysis.entities.table import gazetteer_id, place_id  # the ids the entity linker gives

    base = kbase.load()
    for langs in ((lang,) if lang in kbase.LANGS else (), kbase.LANGS):
        found = [e.id for lg in langs for e in base.lookup(name, lg) if e.kind in _PLACE_KINDS]
        if found:
            return frozenset(found)
    city = base.city(name)
    if city and kbase.norm(city[0]) == kbase.norm(name):  # its own name: an alternate may be its region's ("Goa")
        return frozenset({gazetteer_id(city[2], city[0])})
    if subdivision := base.subdivision(name):
        return frozenset({place_id(subdivision[0])})
    return frozenset()


def _norm(text: str) -> str:
    from ..analysis.kb import norm

    return norm(text)


def same_place(expected: str, value: Any, lang: str = "") -> bool:
    """Whether the predicted place ``value`` (a ``{id, name, code}`` dict or a bare name) is the gold place
    ``expected`` (a name; a state's code matches the predicted code) of a text in language ``lang``."""
    gold = fold(expected)
    if not gold:
        return False
    name = name_of(value)
    if gold in (fold(name), fold(code_of(value))):
        return True
    if not name.strip():
        return False
    if _norm(expected) == _norm(name):
        return True
    gold_ids = place_ids(expected, lang)
    if not gold_ids:
        return False
    pred_id = value.get("id") if isinstance(value, dict) else None
    return bool(gold_ids & (frozenset({pred_id}) if isinstance(pred_id, str) and pred_id else place_ids(name, lang)))
