"""An act a verb carries out on the terms another party set: "la Norvège a adopté les sanctions de l'Union
européenne contre la Russie", "a appliqué l'embargo américain contre Cuba". When the verb's object is an event noun
of the verb's own type, the verb does that act: its recipients are the noun's (Russia), not the noun's author, who
set the act and is no side of this one. (An object noun of another type keeps its author as the target: "a condamné
les frappes russes" accuses Russia: :mod:`.recipients`.)"""

from __future__ import annotations

from spacy.tokens import Token

from .frame import Frame
from .parties import Party
from .recipients import noun_parties
from .syntax import objects
from .triggers import match_trigger


def carried_out(f: Frame, verb: Token, etype: str, actors: list[Party]) -> list[Party]:
    """The recipients of the event noun of type ``etype`` that the object of ``verb`` (of that type, with
    ``actors``) names, but the actors; [] when its object is no such noun or names no one else."""
    mine = {p.code for p in actors}
    for obj in objects(f, verb):
        hit = match_trigger(f, obj)
        if hit is not None and hit[1] == "noun" and hit[0].type == etype:
            return [p for p in noun_parties(f, obj, hit[0].genitive)[1] if p.code and p.code not in mine]
    return []
