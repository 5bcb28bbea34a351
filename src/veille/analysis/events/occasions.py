"""A body's gathering named as the occasion of another act (issue 13, precision): "the two envoys talked on the
margins of a Valdorian summit", "a communiqué released while the Arvelian summit hosted by Norland went on",
« en marge du sommet de l'UA ». The summit or session is when and where the act happens, not an act of its own:
the real-news golds code the meeting held on its sidelines or the statement issued at it, and leave the gathering
as background. Its participle ("hosted by Norland") tells no act either.

A gathering is a meeting noun of ``forum_triggers`` whose own phrase names an international body ("the G7 summit",
"the Valdorian council's ministerial session"), the complement of an occasion noun (``occasion_nouns``: "on the
sidelines of", « en marge de »), of a preposition of a span of time (``gathering_occasion_preps``: "during",
« pendant ») or of a noun of its time (``gathering_time_nouns``: "at the end of", « à l'issue de », stop 56). Not
one named after "after" (the golds code a summit after which something was said), nor one named by its parties
("during the two leaders' meeting"), nor one named with no body, nor one a body's act is located at ("at an
emergency summit", « au sommet de la CEDEAO »: the golds code the summit where the body decided,
:func:`.among.forum_sides`), nor one that is the occasion of an act of the body itself ("the AU, during its summit,
suspended Mali")."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children, governor, verb_above
from .actors import actors
from .among import of_body
from .frame import Frame
from .parties import party
from .placetime import own_phrase
from .syntax import case


def _body_codes(f: Frame, noun: Token) -> set[str]:
    """The codes of the international bodies the noun's own phrase names (its compound, genitive, possessor)."""
    codes = set()
    for t in own_phrase(noun):
        ent = f.mentions.entity(t)
        if t.i != noun.i and ent is not None and ent.get("code") and of_body(party(ent)):
            codes.add(ent["code"])
    return codes


def _occasion(f: Frame, noun: Token) -> bool:
    """Whether the noun is the complement of an occasion noun ("the sidelines of"), of a preposition of a span of time
    (``gathering_occasion_preps``: "during", « pendant ») or of a time noun (``gathering_time_nouns``: "at the end of",
    « à l'issue de »)."""
    if case(noun) in f.cues["gathering_occasion_preps"]:
        return True
    times = f.cues["gathering_time_nouns"]
    marks = [c for c in children(noun) if c.dep_ in ("case", "mark")]
    if any(k.dep_ == "fixed" and k.lemma_.lower() in times for c in marks for k in children(c)):
        return True  # « en prélude à un sommet »: the time noun parsed into a compound preposition
    head = governor(noun)  # "of" -> "sidelines"; « du sommet » -> « marge »; "at the end of" -> "end"
    return head.i != noun.i and head.lemma_.lower() in f.cues["occasion_nouns"] | times


def occasion_gathering(f: Frame, trig: Token, pos: str) -> bool:
    """Whether the trigger ``trig`` (of part of speech ``pos``) is a body's gathering named as the occasion of
    another act, or a participle that qualifies one ("the summit hosted by Japan"): no event (module docstring)."""
    noun = trig if pos == "noun" else trig.head if trig.dep_ in ("acl", "amod") else None
    if noun is None or noun.lemma_.lower() not in f.cues["forum_triggers"] or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    bodies = _body_codes(f, noun)
    if not bodies or not _occasion(f, noun):
        return False
    clause = verb_above(noun)
    return clause is None or not bodies & {p.code for p in actors(f, clause)[0]}
