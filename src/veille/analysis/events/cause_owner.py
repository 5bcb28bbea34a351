"""The owner of an event noun that is the cause of a verb or noun of blame, punishment or thanks: "arrested two
journalists over their protests", "the condemnation of Iran for its crackdown", « ses remerciements au
gouvernement pour son aide ». The noun's third-person possessive stands for the one blamed or thanked: the
object of that verb, else a complement of that verb or noun named before the cause; not for the author of the
blame, who is the clause's subject, nor where the cause is the subject's own (an apology). Read by
:func:`recipients.noun_parties` when the noun has no actor."""

from __future__ import annotations

from spacy.tokens import Token

from .actors import noun_phrase_parties, third_person_possessor
from .frame import Frame
from .parties import Party
from .syntax import case, complements, objects


def cause_owners(f: Frame, noun: Token) -> list[Party]:
    """The coded parties that the possessive of the cause noun ``noun`` stands for; none where it is no cause."""
    c = f.cues
    if not third_person_possessor(noun) or case(noun) not in c["cause_preps"]:
        return []
    head = noun.head.head if noun.dep_ == "pobj" else noun.head  # "over" -> arrested, or « pour » on the noun
    if head.i == noun.i or head.pos_ not in ("VERB", "NOUN") or not f.inside(head):
        return []
    if {head.lemma_.lower(), *(k.lemma_.lower() for k in objects(f, head))} & c["own_cause_words"]:
        return []  # "apologised to X for its strikes", « ses excuses à X pour son ... »: the subject's own
    kept = c["recipient_preps"] | c["genitive_preps"]
    named = [x for prep, x in complements(head) if prep in kept and x.i < noun.i and prep not in c["cause_preps"]]
    for tok in [*objects(f, head), *named]:
        found = [p for p in noun_phrase_parties(f, tok)[0] if p.code]
        if found:
            return found
    return []


__all__ = ["cause_owners"]
