"""National societies of an international movement: "la Croix-Rouge chinoise", "the Kenyan Red Cross", "the Kenya
Red Cross". The movement's short name ("Red Cross", "Croix-Rouge") alone is the international body of the knowledge
base; with a nationality after it (French order) or a nationality or country before it (English order) it is that
state's own society, an organisation of the state (``data/kb/national_societies.tsv`` names it), and the nationality
is no mention of the state."""

from __future__ import annotations

import functools

from ...datafiles import DATA, read_rows
from .led import Led, state_of
from .scan import Hit
from .table import Article

#: Longest short name of a movement, in tokens ("Croix", "-", "Rouge").
MAX_SHORT_NAME = 3


@functools.cache
def _names() -> dict[str, str]:
    """Organisation code -> name template of its national societies."""
    return {code: name for code, name in read_rows(DATA / "kb" / "national_societies.tsv")}


def national_societies(art: Article, hits: list[Hit]) -> tuple[list[Hit], list[Led]]:
    """The hits less the movement's short names that name a national society and their nationalities, and those
    societies (module docstring)."""
    kb, names = art.kb, _names()
    by_start = {h.i: h for h in hits}
    by_end = {h.j: h for h in hits}
    found: list[Led] = []
    drop: set[int] = set()
    for h in hits:
        entry = h.entries[0] if h.kind == "entity" and h.entries else None
        if entry is None or entry.code not in names or h.j - h.i > MAX_SHORT_NAME:
            continue
        after, before = by_start.get(h.j), by_end.get(h.i)
        if after is not None and after.kind == "demonym" and after.code:  # "la Croix-Rouge chinoise"
            state, i, j = after.code, h.i, after.j
        elif before is not None and (code := state_of(before)):  # "the Kenyan Red Cross", "Kenya Red Cross"
            state, i, j = code, before.i, h.j
        else:
            continue
        country = kb.entry_for_code(state)
        adj = (kb.demonym_forms.get(state) or [country.name if country else state])[0]
        name = names[entry.code].format(adj=adj, country=country.name if country else state)
        found.append(Led(i, j, state, name, coded=False))
        drop.update(id(x) for x in (h, after if i == h.i else before))
    return [h for h in hits if id(h) not in drop], found
