"""Received acts: an act whose noun or participle is what a verb of receipt's subject receives ("le Bénin a reçu
l'aide militaire de la France", "received the weapons sent by X"). The giver acts and the subject receives; a
request received from no one the text names ("l'Espagne a reçu une demande d'aide", "Spain received a formal
request for help": ``cues.json`` ``giverless_receipt_types``) comes from the story's other side for the receiver,
as a reply answers it (:func:`.placetime.adversary`)."""

from __future__ import annotations

from spacy.tokens import Token

from .actors import actors as clause_actors
from .frame import Frame
from .lexicon import giverless_receipt_types
from .parties import Party
from .placetime import adversary
from .syntax import NOMINAL, complements, parties_at

#: The dependencies a received act is reached through, from its noun or participle up to the verb of receipt.
_RECEIVED_DEPS = frozenset({"obj", "dobj", "obl", "obl:arg", "obl:mod", "nmod", "pobj", "prep", "acl", "compound"})


def receiving_verb(f: Frame, tok: Token) -> Token | None:
    """The verb of receipt (events.json ``receipt_verbs``) whose subject receives the act of ``tok``, through the
    nouns and participles in between ("a reçu l'aide", "received the weapons sent by"); None when another clause
    holds it ("a condamné l'aide")."""
    t = tok
    for _ in range(6):
        up = t.head
        if up.i == t.i or t.dep_ not in _RECEIVED_DEPS or not f.inside(up):
            return None
        if up.pos_ in ("VERB", "AUX") and t.dep_ != "acl":
            if up.lemma_.lower() in f.cues["receipt_verbs"]:
                return up
            if up.dep_ != "acl":  # another clause: "a condamné l'aide", not a received act
                return None
        t = up
    return None


def receipt(f: Frame, tok: Token, givers: list[Party], etype: str | None = None) -> tuple[list[Party], list[Party]]:
    """The sides of an act that a verb of receipt's subject receives: the givers (``givers``, else the party of a
    ``giver_preps`` complement of the noun or the verb: "received aid from X"; else, for an act of ``etype`` among
    ``giverless_receipt_types``, the story's other side for the receiver) and that subject, the recipient; ``([],
    [])`` when no such verb holds the act or no giver is found."""
    verb = receiving_verb(f, tok)
    if verb is None:
        return [], []
    if not givers:
        comps = [*complements(tok), *complements(verb)]
        givers = [p for prep, k in comps if prep in f.cues["giver_preps"] for p in parties_at(f, k, NOMINAL, 1)[0]]
    if not [p for p in givers if p.code] and etype in giverless_receipt_types():
        takers = [p for p in clause_actors(f, verb)[0] if p.code]
        # a state or body receives it: a home group (the police, protesters) is asked by its own people
        if takers and all(not p.domestic for p in takers):
            givers = adversary(f, takers)
    given = {p.code for p in givers if p.code}
    takers = [p for p in clause_actors(f, verb)[0] if p.code and p.code not in given]
    return (givers, takers) if given and takers else ([], [])
