"""Unnamed rival groups that fight each other: a mutual act whose phrase names its sides only by a common noun of
such groups (« les affrontements entre gangs », « des combats entre bandes rivales », « la guerre des gangs », "the
gang war", "clashes between rival gangs"). Such groups have no name to look up, but the real-news golds code them
all under one actor code (``GANGS``), on both sides of the fight: events.json ``rival_groups`` maps each noun to
that code. A side the phrase names otherwise ("entre gangs et policiers") leaves the noun to the usual reading."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .frame import Frame
from .parties import Party
from .syntax import case

#: Dependency labels of a noun hung on the mutual noun that names its sides ("entre gangs", "de gangs", "gang war").
_SIDE_DEPS = frozenset({"nmod", "compound", "pobj"})


def rival_sides(f: Frame, trig: Token) -> list[Party]:
    """Both sides of the mutual act ``trig`` (a noun of events.json ``mutual_nouns``) when its phrase names them
    by a noun of rival groups alone: the group, which the caller sets on either side, else []."""
    groups: dict[str, str] = f.cues["rival_groups"]
    between = f.cues["between_preps"]
    heads = [k for k in children(trig) if k.dep_ in _SIDE_DEPS]
    # English "between rival gangs": the noun is the object of the preposition hung on the mutual noun
    heads += [g for k in children(trig) if k.dep_ == "prep" for g in children(k) if g.dep_ == "pobj"]
    if trig.dep_ == "nmod" and trig.head.pos_ == "NOUN":  # "la reprise des combats entre bandes rivales":
        # the parse hangs the sides on the noun the mutual act completes; only a "between" complement names them
        heads += [k for k in children(trig.head) if k.i > trig.i and k.dep_ == "nmod" and case(k) in between]
    for head in heads:
        word = _group_word(f, head)
        if word is None:
            continue
        # "entre gangs et policiers": another side named beside the groups, no fight among them alone
        # (the parse may hang the second side on the mutual noun itself)
        others = [c for c in children(head) if c.dep_ == "conj"]
        others += [c for c in children(trig) if c.dep_ == "conj" and c.i > head.i and case(c) is None]
        if any(_group_word(f, c) is None for c in others):
            return []
        side = {"id": None, "name": word, "type": "GROUP", "code": groups[word], "rivals": True}
        return [Party(side, "REB")]
    return []


def _group_word(f: Frame, tok: Token) -> str | None:
    """The key of ``rival_groups`` that ``tok`` is (surface form first, then lemma), with a preposition that
    names sides or kinds (``between_preps``, a genitive) or none, else None."""
    groups: dict[str, str] = f.cues["rival_groups"]
    word = tok.lower_ if tok.lower_ in groups else tok.lemma_.lower() if tok.lemma_.lower() in groups else None
    if word is None or f.mentions.entity(tok) is not None:
        return None
    prep = case(tok)
    if prep is not None and prep not in f.cues["between_preps"] and prep not in f.cues["genitive_preps"]:
        return None
    return word


def rivals_only(parties: list[Party]) -> bool:
    """Whether every party is one of the rival groups :func:`rival_sides` names (they may act on each other)."""
    return bool(parties) and all(p.entity.get("rivals") for p in parties)
