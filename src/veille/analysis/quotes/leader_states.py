"""The state a leader acts for, from the knowledge base: a person the entity stage found with no country of its own
("Recep Tayyip Erdogan", "Joe Biden", named bare in a lede) is the one a later role phrase with that state's
nationality refers back to ("…, a dit le président turc", "le président américain avait annoncé…"), as a person the
text itself gives the nationality of ("le président turc X") already is. ``data/kb/actors.tsv`` lists the people
who act for each state under its code; :mod:`..entities.leaders` reads the surnames that name them alone."""

from __future__ import annotations

import functools

from .. import kb
from ..entities.leaders import known_person, name_key


@functools.cache
def _states() -> dict[str, str | None]:
    """Folded full name -> the state of the ``actors.tsv`` rows listing it (None when rows of two states do)."""
    out: dict[str, str | None] = {}
    for actor in kb.actors():
        if not actor.country:
            continue
        for name in actor.names:
            key = name_key(name)
            out[key] = actor.country if out.get(key, actor.country) == actor.country else None
    return out


def leader_state(name: str) -> str | None:
    """The ISO-3 code of the state the leader of the knowledge base printed as ``name`` acts for, else None."""
    if not known_person(name):
        return None  # an acronym, an agency or a seat listed beside the people of a row is no person
    return _states().get(name_key(name))


__all__ = ["leader_state"]
