"""An act of conflict whose noun is the object of a verb of claiming ("le groupe a revendiqué l'attaque",
"a revendiqué mercredi l'attentat contre la base"; events.json ``act_claim_verbs``) is the act of that verb's
subject, as "claimed responsibility for the attack" already reads (:func:`actors.responsible_parties`); not a claim
denied ("n'a pas revendiqué l'attaque"), hedged or still to come ("pourrait revendiquer"), nor any other verb
("a condamné l'attaque": the one who condemns is no author) (issue 13, stop 41)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..tree import children
from .frame import Frame
from .modality import modality
from .parties import Party


def claimed_authors(f: Frame, noun: Token, actors: Callable[[Frame, Token], tuple[list[Party], bool]]) -> list[Party]:
    """The coded subjects of the verb of claiming whose object is ``noun`` (``actors`` reads a verb's), or []."""
    verb = noun.head
    if noun.dep_ not in ("obj", "dobj") or verb.i == noun.i or not f.inside(verb):
        return []
    if verb.lemma_.lower() not in f.cues["act_claim_verbs"]:
        return []
    if any(k.dep_ == "neg" or k.lower_ in f.cues["negation"] for k in children(verb)):
        return []
    if modality(f, verb) != (False, None):
        return []
    return [p for p in actors(f, verb)[0] if p.code]
