"""A missile launched at no one is a show of force, not an attack. "X fired a ballistic missile into the sea",
« a tiré un missile balistique en mer », "launched two cruise missiles from its coast": a verb of the attack rows
(fire, launch, tirer, lancer) whose own object is a missile (events.json ``launched_weapons``) and whose clause
names no target is a launch or a test, which the real-news golds code MOBILIZE (no recipient), not an ASSAULT with
no recipient. Not a launch: a missile aimed, at a party or at a place (a complement under ``launch_target_preps``:
"fired a missile at the port", « tiré un missile sur le port »); missile attacks ("launching missile and drone
attacks": an attack noun among the objects); a missile told only as what a participle qualifies ("missiles fired by
X", shot down or intercepted: aimed at something). A language without the keys has none."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .frame import Frame
from .lexicon import listed
from .syntax import case, objects

#: The type of a launch at no one.
LAUNCH_TYPE = "MOBILIZE"
#: Entity labels of a time, whose preposition tells when, not at what ("on Tuesday").
TIME_LABELS = frozenset({"DATE", "TIME"})


def launch(f: Frame, etype: str, trig: Token, pos: str) -> bool:
    """Whether the ASSAULT reading of the verb ``trig``, with no recipient, launches a weapon of ``launched_weapons``
    (an object of its own, with no other noun joined to it) at no target: a launch, not an attack."""
    weapons = f.cues["launched_weapons"]
    if etype != "ASSAULT" or pos != "verb" or not weapons or trig.dep_ == "acl":
        return False
    fired = [o for o in objects(f, trig) if listed(o, weapons)]
    joined = [k for o in fired for k in children(o) if k.dep_ == "conj"]  # "missile and drone attacks": attacks
    if not fired or not all(listed(k, weapons) for k in joined):
        return False
    return not aimed(f, [trig, *fired])


def aimed(f: Frame, heads: list[Token]) -> bool:
    """Whether a complement of one of ``heads`` is under a preposition of ``launch_target_preps`` ("at", « sur »)."""
    preps = f.cues["launch_target_preps"]
    for h in heads:
        for k in children(h):
            nouns = [g for g in children(k) if g.dep_ == "pobj"] if k.dep_ == "prep" and k.lower_ in preps else []
            if k.dep_ != "prep" and case(k) in preps:
                nouns = [k]
            if any(n.ent_type_ not in TIME_LABELS for n in nouns):  # "on Tuesday", "at dawn": when, not where
                return True
    return False
