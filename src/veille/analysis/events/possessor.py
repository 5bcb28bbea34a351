"""The genitive of an event noun whose author is named otherwise: "Japan's condemnation of Russia", "the Russian
shelling of Kharkiv", "sa condamnation de la Russie", "la critique de la Chine par le Canada". The lexicon reads
the "of X" / "de X" of some nouns as their author (``gen=agent`` rows of events.tsv: "la condamnation de la
France", "the criticism of Japan"); once a possessor (a name, a state's adjective, a possessive determiner) or an
agent complement ("par X", "by X") names that author, the genitive can only name what the act is aimed at; so too
when the noun is an adjunct of its clause, whose subject does the act ("in support of Ukraine")."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .frame import Frame

#: The labels of a noun's possessor or of the adjective or name before it that tells its author.
_AUTHOR_DEPS = ("poss", "nmod:poss", "amod", "compound")


def genitive_role(f: Frame, trig: Token, gen: str) -> str:
    """What the genitive of the event noun ``trig`` names: ``gen`` (the lexicon's reading), or "patient" where the
    lexicon's "agent" is already named by a possessor, an author adjective or an agent complement."""
    if gen != "agent":
        return gen
    if adjunct(f, trig):
        return "patient"  # "in support of Ukraine": the clause's subject supports
    for k in children(trig):
        if k.dep_ in _AUTHOR_DEPS and k.i < trig.i and f.mentions.entity(k) is not None:
            return "patient"  # "Japan's condemnation of", "the Russian shelling of"
        if k.dep_ in ("poss", "nmod:poss", "det") and "Poss=Yes" in str(k.morph):
            return "patient"  # "its condemnation of", "sa condamnation de"
        if k.dep_ == "prep" and k.lower_ in f.cues["agent_preps"]:
            return "patient"  # "the condemnation of Russia by Japan"
        if any(c.dep_ == "case" and c.lower_ in f.cues["agent_preps"] for c in children(k)):
            return "patient"  # "la condamnation de la Russie par le Japon"
    return gen


def adjunct(f: Frame, noun: Token) -> bool:
    """Whether ``noun`` is an event noun of events.json ``adjunct_nouns`` set as an adjunct of its clause by a light
    preposition ("Japan voted in support of Ukraine", "a voté en soutien à l'Ukraine"): the clause does the act."""
    if noun.lemma_.lower() not in f.cues["adjunct_nouns"]:
        return False
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return noun.head.lower_ in f.cues["light_preps"]
    # "en soutien à X", not "en plus du soutien" (a compound preposition: its own words, or a second case)
    cases = [c for c in children(noun) if c.dep_ == "case"]
    return (
        len(cases) == 1
        and cases[0].lower_ in f.cues["light_preps"]
        and not any(g.dep_ == "fixed" for g in children(cases[0]))
    )
