"""A place does not act: a relative clause the parser hangs on a place noun (events.json ``place_nouns``: "capital",
"village") that is the complement of a preposition under another noun qualifies that noun ("a mortar strike in a
Yemeni town that left nine dead", "a raid on a Syrian village that killed four farmers": the strike, the raid), so
the clause's subject names the parties of that noun less the place's phrase (issue 13, stop 38)."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import subtree
from .frame import Frame
from .parties import Party
from .syntax import NOMINAL, parties_at


def place_act(f: Frame, noun: Token) -> list[Party] | None:
    """The parties of the noun a relative clause on the place noun ``noun`` qualifies, the place's phrase left out
    ("a Saudi strike in the capital that killed": Saudi Arabia; "a strike in a Yemeni town": none); None when
    ``noun`` is no place noun under a preposition of another noun."""
    if noun.lemma_.lower() not in f.cues["place_nouns"] or f.mentions.entity(noun) is not None:
        return None
    prep = noun.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun
    above = prep.head
    if noun.dep_ not in ("pobj", "nmod") or above.pos_ != "NOUN" or above.i == noun.i or not f.inside(above):
        return None
    place = {t.i for t in subtree(prep)}
    allowed = NOMINAL - {"obl", "obl:mod", "obl:arg", "det"}
    return parties_at(f, above, allowed, 2, skip_locative=True, exclude=place)[0]
