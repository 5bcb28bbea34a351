"""The topic of a joint act: "le Kenya et l'Ouganda se sont mis d'accord sur l'envoi de vivres vers la Somalie", "la
France et l'Allemagne se sont entendues sur la livraison de chars à l'Ukraine". When the clause's actors name two
sides or more, a reciprocal act (types.tsv) is between them; what its topic complement (``lang/<code>/events.json``:
``topic_preps``) names is what they agree or talk about, no side of it. One actor ("le Kenya s'est entendu avec
l'Ouganda") keeps the complements as they are read."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .frame import Frame
from .lexicon import types
from .parties import Party
from .syntax import NOMINAL, case, parties_at


def off_topic(f: Frame, verb: Token, etype: str, actors: list[Party], targets: list[Party]) -> list[Party]:
    """``targets`` without the parties that the topic complements of the joint act ``verb`` name."""
    if not types()[(etype, None)].reciprocal or len({p.code for p in actors if p.code}) < 2:
        return targets
    topics = [k for k in children(verb) if case(k) in f.cues.get("topic_preps", frozenset())]
    named = {id(p.entity) for k in topics for p in parties_at(f, k, NOMINAL, 3)[0]}
    return [p for p in targets if id(p.entity) not in named]
