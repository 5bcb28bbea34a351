"""What two or more parties agree or talk about is no side of their joint act: "l'Égypte et la Jordanie se sont
entendues sur le transport de vivres vers la Libye", "la Turquie et la Grèce se sont entendues sur l'envoi de
vivres vers la Syrie" are acts between the two, whatever their topic or its destination names. A party named only
under the verb's complement of topic or direction (``lang/<code>/events.json``: ``topic_preps``) is none of the
recipients of a joint act whose actors are already two; a partner ("avec le Japon") or an object stays. The
complement may hang on a verb the trigger governs as its open complement, and an English one is the preposition
itself: "X and Y agreed to cooperate on answers to crises such as Z's war", "agreed to act together inside the
Council" (:func:`topic_heads`); the party left out is no side of the joint act the discourse remembers either
(``actors.remember_joint``: "They also agreed...").

Nor is the venue of a joint act that two or more coded sides do together: « X et Y ont conclu un traité dans la
ville de Z », « X et Y ont eu une rencontre lors d'un forum du Sahel, à Z » happen at a
place (a city, a region) that is no side of the act (:func:`venue_only`); a visit or a reception is to its place
(``cues.json`` ``placed_modes``), and a city after "avec" is a partner. A side without a code (« X et un chef
de guérilla, Y, ont conclu … à Z ») leaves the act to its reading."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from ..tree import ancestors, children, subtree
from .frame import Frame
from .lexicon import placed_modes
from .parties import Party, is_state
from .syntax import case


def topic_only(f: Frame, trig: Token, recipients: list[Party]) -> bool:
    """Whether every mention, in the sentence, of each recipient lies under a complement of topic or direction of
    the verb ``trig``."""
    preps = f.cues["topic_preps"]
    if not preps or trig.pos_ != "VERB":
        return False
    inside = {t.i for c in topic_heads(trig, preps) for t in subtree(c)}
    if not inside:
        return False
    for p in recipients:
        told = [t.i for t in trig.sent if f.mentions.entity(t) is p.entity]
        if not told or any(i not in inside for i in told):
            return False
    return True


def topic_heads(trig: Token, preps: Collection[str]) -> list[Token]:
    """The complements of topic of ``trig`` or of a verb it governs as its open complement ("agreed to cooperate on
    X"): a French oblique whose preposition is of ``preps``, or an English preposition of ``preps`` itself."""
    heads = [trig]
    while True:  # the chain of open complements: "agreed to work to cooperate on X"
        verb = next((c for c in children(heads[-1]) if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if verb is None:
            break
        heads.append(verb)
    return [
        c
        for h in heads
        for c in children(h)
        if (c.dep_.startswith("obl") and case(c) in preps) or (c.dep_ == "prep" and c.lower_ in preps)
    ]


def venue_only(f: Frame, trig: Token, mode: str | None, actors: list[Party], recipients: list[Party]) -> bool:
    """Whether the recipients of a joint act that two or more coded sides do together (``actors``) are only places
    that are no state, its venue (not a partner: "avec Alger"), and the act no visit or reception
    (:data:`placed_modes`)."""
    if mode in placed_modes() or not recipients or len({p.code for p in actors if p.code}) < 2:
        return False
    if not all(p.entity.get("type") == "LOC" or not is_state(p.entity) for p in recipients):
        return False
    partners = f.cues["partner_cases"]
    for p in recipients:  # "a signé un accord avec Alger": a partner named by its city
        told = [t for t in trig.sent if f.mentions.entity(t) is p.entity]
        if any(case(a) in partners for t in told for a in [t, *ancestors(t)]):
            return False
    return True
