"""The home act a judgement of a state's own people is about: the real-news golds code a state's people judging
an act done at home by others of that state with the one state on both sides (the president condemning the
rallies of a crowd, a former president denouncing the army's coup: X -> X), where a disapproval otherwise looks
for the act of another state only (:mod:`.disapproved`)."""

from __future__ import annotations

from .frame import Frame, Past
from .parties import Party


def home_act(f: Frame, etype: str, by: list[Party]) -> Past | None:
    """The latest realised home act (one state on both sides: a crowd protesting against its government, the army
    seizing power) of type ``etype`` whose state is that of the judges ``by``, when none of its authors acts in a
    judge's sector: a state's people judging a home act judge its authors, of their own state ("the president
    condemned the rallies", "l'ancien président a dénoncé le coup d'État"); not the judges' own act."""
    mine = {p.code for p in by}
    sectors = {p.sector for p in by}
    if len(mine) != 1 or None in mine:
        return None
    for past in reversed(f.history):
        if past.type == etype and _home(past, mine):
            return None if {p.sector for p in past.actors} & sectors else past
    return None


def _home(past: Past, state: set[str | None]) -> bool:
    """Whether ``past`` is an act of ``state`` on itself: its recipients of that state, or none named when an
    unnamed home group did it (the build gave a crowd's protest or an army's seizure the people or authorities of
    its place, which the discourse does not remember)."""
    codes_a, codes_r = {p.code for p in past.actors}, {p.code for p in past.recipients}
    return codes_a == state and (codes_r == state or (not codes_r and any(p.domestic for p in past.actors)))
