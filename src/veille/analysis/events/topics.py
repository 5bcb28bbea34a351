"""Topics of consultation: what the sides talk about is not whom they talk with. The object of a verb of
events.json ``topic_verbs`` ("discuss") that is the purpose of a meeting ("Norway met Ghana's leader to discuss
Togo's invasion of Benin": the meeting names the partner), and the complement of a consultation (CONSULT) verb or
noun under a preposition of ``topic_preps`` ("spoke by phone about the Togolese blockade", "met over X", "held
talks on X") name a topic: no recipient is read in them. The partner is a "with" complement, even one the parser
hangs inside the topic ("discussed the crisis with Ghana", "a phone call about the blockade with his counterpart"),
or the other sides of a joint subject. A "discuss" that serves no meeting reads its object as before (CHANGELOG,
stop 44: taken as a topic too, it cost a right event on a check set). A language without the keys has none."""

from __future__ import annotations

from spacy.tokens import Token

from .frame import Frame
from .syntax import objects
from .triggers import match_trigger


def topic_objects(f: Frame, trig: Token) -> list[Token]:
    """The objects of ``trig`` that name the topic of a consultation (none for a verb of no ``topic_verbs``)."""
    if trig.pos_ not in ("VERB", "AUX") or trig.lemma_.lower() not in f.cues["topic_verbs"]:
        return []
    return objects(f, trig)


def topic_partners(f: Frame, topics: list[Token]) -> list[Token]:
    """The partners the parser hangs inside a topic ("discussed the crisis with Ghana": "with Ghana" under "crisis";
    "a phone call about the blockade with his counterpart"): the complements under a preposition of events.json
    ``partner_cases`` within ``topics``."""
    cases = f.cues["partner_cases"]
    return [k for o in topics for k in o.subtree if k.dep_ == "prep" and k.lower_ in cases]


def topic_complements(f: Frame, trig: Token, etype: str | None) -> list[Token]:
    """The complements of a consultation ``trig`` (CONSULT) that name its topic under a preposition of events.json
    ``topic_preps``, hung on the trigger or on its object ("spoke by phone about X", "met over X")."""
    preps = f.cues["topic_preps"]
    if etype != "CONSULT" or not preps or trig.pos_ not in ("VERB", "AUX"):
        return []
    return [k for h in (trig, *objects(f, trig)) for k in h.children if k.dep_ == "prep" and k.lower_ in preps]


def topic_of_noun(f: Frame, noun: Token, prep: str) -> bool:
    """Whether the complement of the event noun ``noun`` under ``prep`` names the topic of a consultation ("talks on
    the Chilean blockade", "a phone call about X"): a preposition of ``topic_preps`` after a noun read as CONSULT."""
    if prep not in f.cues["topic_preps"]:
        return False
    hit = match_trigger(f, noun)
    return hit is not None and hit[0].type == "CONSULT"
