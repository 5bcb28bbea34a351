"""A person held somewhere, told by a bare past participle of arrest that qualifies the noun ("un touriste américain
détenu à Cuba depuis trois ans", "trois Cubains écroués aux États-Unis", "le journaliste emprisonné en Iran"): the
noun is held as the subject of a passive arrest is ("le journaliste a été emprisonné en Iran"), by the authorities
of the place the participle names (:func:`implicit.authorities`), when the noun names people and their nationality
(a person of no known state, or a firm, is left to the passive's own readings); not a participle with an agent of
its own ("les otages détenus par le groupe": that agent holds them) or an auxiliary, and not a thing held ("le
capital détenu par l'État": :func:`implicit.names_persons` asks for people) (issue 13, stop 41)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from ..tree import children
from .actors import noun_phrase_parties
from .frame import Frame
from .implicit import names_persons
from .lexicon import Entry
from .parties import Party


def held_patients(f: Frame, tok: Token, entry: Entry) -> tuple[list[Token], list[Party]]:
    """The noun the bare past participle of arrest ``tok`` qualifies, as its passive subject, and the parties it
    names; ([], []) otherwise."""
    nouns = _held_noun(f, tok, entry)
    parties = [p for n in nouns for p in noun_phrase_parties(f, n)[0]]
    demonyms = [n for n in nouns if "Number=Plur" in str(n.morph) and _gpe(f.mentions.entity(n))]  # "trois Cubains"
    if not (names_persons(f, nouns) or demonyms) or not any(p.code and _gpe(p.entity) for p in parties):
        return [], []  # "la société détenue au Canada", "Jane Doe, arrêtée pour…": no foreigner held
    return nouns, parties


def _held_noun(f: Frame, tok: Token, entry: Entry) -> list[Token]:
    """The noun the bare past participle of arrest ``tok`` qualifies (no agent, no auxiliary of its own), or []."""
    if entry.mode != "arrest" or tok.dep_ != "acl" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return []
    if not {"VerbForm=Part", "Tense=Past"} <= set(tok.morph):
        return []
    if any(k.dep_ in f.lex.agent_deps or k.dep_.startswith("aux") for k in children(tok)):
        return []
    return [tok.head]


def _gpe(entity: dict[str, Any] | None) -> bool:
    """Whether ``entity`` is a state, a place or a nationality (the recogniser's GPE)."""
    return entity is not None and entity.get("type") == "GPE"
