"""The words "the country" as the complement of an act name the state the text told of last ("Lima recalled its
envoy from Chile. It accused the country of conspiring with Bolivia": Chile), not one named inside the charge or the
adjuncts after it, nor the scene's state a tie among the sentence's places would pick (issue 13, stop 38)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from ..tree import children
from .actors import in_dateline
from .frame import Frame
from .parties import is_country


def state_before(f: Frame, noun: Token, but: Collection[str | None]) -> str | None:
    """The code of the last country the text names (as a noun or an adjective) before ``noun``, outside the
    dateline and other than the codes of ``but`` (the actors' and their states); None when it names none."""
    before = [
        e.get("code")
        for a, _, e in f.mentions.outer
        if a < noun.idx and is_country(e) and e.get("code") not in but and not in_dateline(f, a)
    ]
    return before[-1] if before else None


def definite_country(f: Frame, noun: Token) -> bool:
    """Whether ``noun`` is "the country" (events.json ``country_nouns`` with only definite or demonstrative
    determiners: "the country", "ce pays", "the neighbouring country"; not "their country", "a country"), no
    entity of its own."""
    if noun.lemma_.lower() not in f.cues["country_nouns"] or f.mentions.entity(noun) is not None:
        return False
    dets = [k for k in children(noun) if k.dep_ in ("det", "poss", "nmod:poss")]
    return bool(dets) and all(("Definite=Def" in str(k.morph) or "PronType=Dem" in str(k.morph)) for k in dets)
