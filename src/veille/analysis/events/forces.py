"""Movements of forces told by an event noun: "le retrait des troupes françaises du Niger", "the withdrawal of US
forces from Afghanistan", "the deployment of Russian troops". The forces its genitive names move themselves: their
state is the actor (the genitive of "the release of hostages" is its recipient); another state or organisation
named in a complement of the noun or of the forces (the country they leave) is the recipient. The types read this
way are ``cues.json``'s ``force_movement_types``; the words of forces, ``group_sectors`` of sector MIL."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children, subtree
from .actors import epithet_complement
from .frame import Frame
from .parties import Party, state_code
from .syntax import NOMINAL, complement, is_locative, parties_at


def force_sides(f: Frame, trig: Token) -> tuple[list[Party], list[Party]]:
    """The (actors, recipients) of a movement noun whose genitive names forces of a state; ([], []) otherwise."""
    c = f.cues
    for k in children(trig):
        comp = complement(k)
        if comp is None or comp[0] not in c["genitive_preps"]:
            continue
        noun = comp[1]
        if f.lex.shared.group_sectors.get(noun.lemma_.lower()) != "MIL" or f.mentions.entity(noun) is not None:
            continue
        forces = [
            Party(p.entity, "MIL", p.anaphor, p.domestic)
            for p in parties_at(f, noun, NOMINAL, 1, skip_locative=True)[0]
            if p.code
        ]
        if not forces:
            continue
        mine = {p.code for p in forces}
        places = [
            x
            for t in (*children(trig), *children(noun))
            if (x := complement(t)) is not None and x[1].i != noun.i and x[0] not in c["agent_preps"]
        ]
        others = [
            Party(e, e.get("sector"))
            for _, x in places
            if not is_locative(f, x)
            and (e := f.mentions.entity(x)) is not None
            and state_code(e) not in mine
            and e.get("type") in ("GPE", "ORG")
        ]
        # "the pullout of German soldiers from the country": the state an epithet names
        named = [p for p in others if p.code] or [q for _, x in places for q in epithet_complement(f, x, mine)][:1]
        return forces, named or _stationed(f, [noun, trig], mine)
    return [], []


def qualified_forces(f: Frame, part: Token) -> tuple[list[Party], list[Party]]:
    """The (actors, recipients) of a movement verb's participle set off by a comma after the forces it tells of
    ("la mission belge, déployée au Mali depuis 2018, ...", "Japanese troops, deployed in Ukraine since May, ..."):
    the aside tells the deployment, the forces' state acts, on the state where they are sent. A participle that
    only tells which forces are meant ("rencontrer les militaires français déployés en Roumanie", the golds code
    no deployment there) is none; nor one that qualifies no noun, has a subject or agent of its own, or whose noun
    names no party: ([], [])."""
    noun = part.head
    if part.dep_ != "acl" or "VerbForm=Part" not in str(part.morph) or noun.pos_ != "NOUN" or noun.i >= part.i:
        return [], []
    if part.i == 0 or part.doc[part.i - 1].text != ",":
        return [], []
    if any(k.dep_ in f.lex.subject_deps or k.dep_ in f.lex.agent_deps for k in children(part)):
        return [], []
    forces = [
        Party(p.entity, "MIL", p.anaphor, p.domestic)
        for p in parties_at(f, noun, NOMINAL, 1, skip_locative=True, exclude={t.i for t in subtree(part)})[0]
        if p.code
    ]
    if not forces:
        return [], []
    return forces, _stationed(f, [noun], {p.code for p in forces})


def _stationed(f: Frame, nouns: list[Token], mine: set[str | None]) -> list[Party]:
    """The state where forces are said to be ("les militaires français déployés au Niger", "US troops stationed in
    Iraq"): the place of a participle that qualifies them (or the movement noun, where the parse hangs it), when it
    is another state's."""
    for part in (k for n in nouns for k in children(n)):
        if part.dep_ not in ("acl", "amod") or part.pos_ != "VERB":
            continue
        for k in children(part):
            comp = complement(k)
            e = f.mentions.entity(comp[1]) if comp is not None and is_locative(f, comp[1]) else None
            code = state_code(e) if e is not None else None
            if e is not None and code and code not in mine and e.get("type") in ("GPE", "LOC"):
                return [Party({**e, "code": code}, "GOV")]
    return []
