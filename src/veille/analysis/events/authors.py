"""The author of an event noun named by a complement of origin ("a request from X to Y", "a crackdown from X",
"rejected calls from X": events.json ``author_preps``), for the acts that someone says, asks or decides
(``author_types``): not an attack, a move or a protest, whose "from" names where it starts ("rockets fired from Gaza",
"the withdrawal from Afghanistan", "protests from Paris to Lyon"). Its recipient is a recipient complement the parser
hung on the author's name, else the subject of a verb that answers the act (``answer_verbs``: "Beijing rejected calls
from X"); a verb of receipt reads the rest as before ("faced criticism from X": :mod:`.giver`). French names the
author by its genitive (« la demande de la France »), already read: no rows there."""

from __future__ import annotations

from spacy.tokens import Token

from .actors import actors as clause_actors
from .frame import Frame
from .parties import Party
from .syntax import NOMINAL, complement, complements, parties_at


def origin_sides(f: Frame, tok: Token, etype: str, targets: list[Party]) -> tuple[list[Party], list[Party]]:
    """The parties of the ``author_preps`` complements of the event noun ``tok`` of type ``etype`` (when that type
    is of ``author_types``) and its recipients: ``targets`` when they name one, else as the module docstring says;
    ``([], targets)`` when no author is named so."""
    c = f.cues
    if etype not in c["author_types"]:
        return [], targets
    verb = tok.head
    answered = tok.dep_ in ("dobj", "obj") and verb.lemma_.lower() in c["answer_verbs"]
    # "rejected calls from X" parsed with "from" on the verb: the origin hung on the verb of the act's object
    comps = complements(tok) + (complements(verb) if answered else [])
    origins = [k for prep, k in comps if prep in c["author_preps"]]
    found = [p for k in origins for p in parties_at(f, k, NOMINAL, 1)[0]]
    mine = {p.code for p in found if p.code}
    if not mine or any(p.code for p in targets):
        return found, targets
    aimed = c["recipient_preps"] - c["genitive_preps"] - c["locative_preps"]
    nested = [x[1] for k in origins for g in k.children if (x := complement(g)) is not None and x[0] in aimed]
    named = [p for k in nested for p in parties_at(f, k, NOMINAL, 1)[0] if p.code and p.code not in mine]
    if not named and answered:
        named = [p for p in clause_actors(f, verb)[0] if p.code and p.code not in mine]  # "Beijing rejected calls"
    return found, named or targets
