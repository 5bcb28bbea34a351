"""A joint act among the members of one body: an event noun whose "between"/"among" complement names one
international body ("talks among EU member states", "consultations among NATO allies") is held by its members among
themselves, coded body -> itself as the body's own summit is (:func:`.build.build`). The body's own officials
("EU foreign ministers met", « les ministres de l'UE se sont réunis ») meet for it as the body does
(:func:`of_body`)."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children, subtree
from .actors import actors
from .frame import Frame
from .parties import Party, is_body
from .syntax import case, complements


def among_members(f: Frame, trig: Token, actors: list[Party], recipients: list[Party]) -> bool:
    """Whether the noun ``trig`` read with one body on both sides names that body in a complement of
    ``between_preps`` ("among EU member states"): a meeting of its members, not the body acting on itself."""
    codes = {p.code for p in actors}
    if len(codes) != 1 or codes != {p.code for p in recipients} or not all(is_body(p) for p in actors):
        return False
    return any(prep in f.cues["between_preps"] for prep, _ in complements(trig))


def of_body(party: Party) -> bool:
    """Whether a party is an international body or its members' officials ("EU foreign ministers", « les chefs d'État
    de la CEDEAO »: the body's entity, read in the sector of the officials), who meet among themselves for it."""
    return is_body(party) or (party.entity.get("type") == "ORG" and party.entity.get("sector") == "IGO")


def gathered_members(f: Frame, trig: Token, recipients: list[Party]) -> bool:
    """Whether the officials of one body are what a passive meeting verb with no agent gathers (« les dirigeants de
    l'UE étaient réunis », "EU ministers were gathered in Luxembourg"): they meet among themselves, the body on both
    sides."""
    if trig.pos_ != "VERB" or trig.lemma_.lower() not in f.cues["forum_triggers"]:
        return False
    codes = {p.code for p in recipients}
    if len(codes) != 1 or not all(of_body(p) for p in recipients):
        return False
    # the body is named in the passive subject ("EU ministers"), not in a place it is gathered at ("au Conseil de l'UE")
    named = {id(p.entity) for p in recipients}
    subject = [t for k in children(trig) if k.dep_ in ("nsubj:pass", "nsubjpass") for t in subtree(k)]
    return any(id(f.mentions.entity(t)) in named for t in subject)


def forum_sides(f: Frame, tok: Token, path: list[Token], clause: Token, after: bool) -> list[Party]:
    """The international bodies that act in the clause ``clause`` whose occasion is the meeting noun ``tok`` with no
    sides of its own: after it ("la CEDEAO a lancé un appel au terme de sa session plénière", "at the end of its
    summit, the AU called for") or at it (``forum_occasion_preps``: "the AU, at an emergency summit on Friday,
    suspended", « lors d'une réunion extraordinaire, l'UA a suspendu »). They held it among their members (body ->
    itself, :func:`.build.build`); else []."""
    if tok.lemma_.lower() not in f.cues["forum_triggers"]:
        return []
    occasion = f.cues["forum_occasion_preps"]
    words = [tok, *path]  # "at the summit", "lors d'une réunion" ("lors" an adverb of the noun or above it)
    at = any(case(t) in occasion for t in words) or any(
        k.pos_ == "ADV" and k.lower_ in occasion for t in words for k in (t, *children(t))
    )
    if not (after or at):
        return []
    bodies = [p for p in actors(f, clause)[0] if p.code]
    return bodies if bodies and all(of_body(p) for p in bodies) else []
