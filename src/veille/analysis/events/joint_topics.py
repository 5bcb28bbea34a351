"""What two or more parties agree or talk about is no side of their joint act: "l'Égypte et la Jordanie se sont
entendues sur le transport de vivres vers la Libye", "la Turquie et la Grèce se sont entendues sur l'envoi de
vivres vers la Syrie" are acts between the two, whatever their topic or its destination names. A party named only
under the verb's complement of topic or direction (``lang/<code>/events.json``: ``topic_preps``) is none of the
recipients of a joint act whose actors are already two; a partner ("avec le Japon") or an object stays."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .frame import Frame
from .parties import Party
from .syntax import case


def topic_only(f: Frame, trig: Token, recipients: list[Party]) -> bool:
    """Whether every mention, in the sentence, of each recipient lies under a complement of topic or direction of
    the verb ``trig``."""
    preps = f.cues.get("topic_preps")
    if not preps or trig.pos_ != "VERB":
        return False
    inside = {t.i for c in children(trig) if c.dep_.startswith("obl") and case(c) in preps for t in c.subtree}
    if not inside:
        return False
    for p in recipients:
        told = [t.i for t in trig.sent if f.mentions.entity(t) is p.entity]
        if not told or any(i not in inside for i in told):
            return False
    return True
