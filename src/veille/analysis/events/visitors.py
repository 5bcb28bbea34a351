"""The visitor of a visit told as where someone is: « le ministre X, en visite à Oslo, a déclaré », « X est en
visite au Chili », « la présidente finlandaise en visite d'État à Lima ». A visit noun opened by a bare case word
of events.json ``visit_state_cases`` (fr « en », no determiner: a state of its subject, not an act the sentence
names) says where the one it predicates of is, and names no visitor of its own; the golds code such a visit as
the visitor's CONSULT of the host (the state of the place). :func:`predicated_visitor` reads that visitor.
A visit noun that is the purpose of an arrival ("X arrived in Malmo, Sweden, late on Friday for a working visit")
names neither side: the arriving party visits the state of the place it arrives at (:func:`arrival_sides`)."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children, subtree
from .actors import actors, noun_phrase_parties
from .frame import Frame
from .parties import Party
from .placetime import coded_place


def predicated_visitor(f: Frame, tok: Token, hosts: list[Party]) -> list[Party]:
    """The coded parties of whoever the visit noun ``tok`` is said of, less the ``hosts`` of the place visited
    (which must be given): the noun's own subject (a copula: « X est en déplacement au Chili »), the noun it
    qualifies (« le président X, en visite à Lima »), or the subject of the clause it is an adjunct of (« en visite
    au Pérou, X a déclaré », « X est ce lundi en visite à Oslo »); [] for any other visit noun (« sa visite »,
    « la visite de X », « en visite » of no place), and for a visit of those sides the text told already."""
    kids = children(tok)
    cases = f.cues["visit_state_cases"]
    if not hosts or not any(k.dep_ == "case" and k.lower_ in cases for k in kids) or any(k.dep_ == "det" for k in kids):
        return []
    head = tok.head
    subjects = [k for k in kids if k.dep_ in f.lex.subject_deps]
    if subjects:
        found = [p for k in subjects for p in noun_phrase_parties(f, k)[0]]
    elif head.i != tok.i and head.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nmod", "appos", "acl"):
        found = noun_phrase_parties(f, head)[0]
    elif head.i != tok.i and head.pos_ in ("VERB", "AUX") and tok.dep_.startswith("obl"):
        found = actors(f, head)[0]
    else:
        return []
    homes = {p.code for p in hosts}
    found = [p for p in found if p.code and p.code not in homes]
    mine = {p.code for p in found}
    for past in f.history:  # a visit told already (« a effectué une visite à Riga ... venir en visite à Riga »)
        if (
            past.type == "CONSULT"
            and mine <= {p.code for p in past.actors}
            and homes <= {p.code for p in past.recipients}
        ):
            return []
    return found


def arrival_sides(f: Frame, tok: Token, hosts: list[Party]) -> tuple[list[Party], list[Party]]:
    """The sides of a visit noun ``tok`` that is the purpose adjunct of a verb of arriving (events.json
    ``arrival_visit_verbs``, opened by a case word of ``arrival_visit_cases``): "X arrived in Malmo, Sweden, late
    on Friday for a working visit", "landed in Oslo for an official visit". The visitors are the coded parties
    of the verb's subject, the hosts the noun's own (``hosts``: "for a visit to Rwanda") or else the state of the
    first coded place of the verb's locative complements ("in the Swedish capital, Stockholm"), never a visitor's;
    ([], []) for any other visit noun, and where either side is missing ("arrived in Bergen", a city of the
    visitor's own state)."""
    case = tok.head if tok.dep_ == "pobj" else next((k for k in children(tok) if k.dep_ == "case"), None)
    if case is None or case.lower_ not in f.cues["arrival_visit_cases"]:
        return [], []
    verb = case.head if tok.dep_ == "pobj" else tok.head
    if verb.i == tok.i or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in f.cues["arrival_visit_verbs"]:
        return [], []
    found = [p for p in actors(f, verb)[0] if p.code]
    mine = {p.code for p in found}
    hosts = [p for p in hosts if p.code and p.code not in mine]
    for k in children(verb) if not hosts else []:
        if k.i != case.i and k.lower_ in f.cues["locative_preps"]:
            hosts = _arrival_place(f, k, mine)
            if hosts:
                break
    return (found, hosts) if found and hosts else ([], [])


def _arrival_place(f: Frame, prep: Token, mine: set[str | None]) -> list[Party]:
    """The host state of the place an arrival's locative complement ``prep`` names: its first coded place, not a
    state of ``mine`` (the visitors')."""
    ent = next((e for t in subtree(prep) if (e := f.mentions.entity(t)) is not None and coded_place(e)), None)
    party = Party(ent, ent.get("sector")) if ent is not None else None
    return [party] if party is not None and party.code not in mine else []
