"""The place an attack noun hits: an event noun of the ``place_targets`` types whose own complement names a coded
place ("Israeli strikes in Lebanon", "Russian air raids in Idlib", "Turkish drone strikes in northern Syria") is aimed
at that place's state, as the verb reading is ("struck workshops in Kharkiv": :func:`.build.implied_target`); a
place told where another act of its clause happens ("Israeli strikes were condemned in Paris") is none of its."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import ancestors, subtree
from .frame import Frame
from .parties import Party
from .placetime import coded_place
from .syntax import is_locative


def placed_target(f: Frame, etype: str, trig: Token, codes_a: set[str | None]) -> list[Party]:
    """The state of the place the noun ``trig``'s own locative complement names, not the actors' own; else []."""
    if etype not in f.cues["place_targets"] or not codes_a or None in codes_a:
        return []
    for tok in subtree(trig):
        ent = f.mentions.entity(tok)
        if tok.i == trig.i or ent is None or not coded_place(ent) or not is_locative(f, tok):
            continue
        path = [a for a in ancestors(tok) if a.i != trig.i and trig.i in {b.i for b in ancestors(a)}]
        if any(a.pos_ in ("VERB", "AUX") for a in path):
            continue  # "strikes that hit a port in Lebanon": the clause's own place
        party = Party(ent, ent.get("sector"))
        return [party] if party.code not in codes_a else []
    return []
