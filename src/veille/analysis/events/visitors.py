"""The visitor of a visit told as where someone is: « le ministre X, en visite à Oslo, a déclaré », « X est en
visite au Chili », « la présidente finlandaise en visite d'État à Lima ». A visit noun opened by a bare case word
of events.json ``visit_state_cases`` (fr « en », no determiner: a state of its subject, not an act the sentence
names) says where the one it predicates of is, and names no visitor of its own; the golds code such a visit as
the visitor's CONSULT of the host (the state of the place). :func:`predicated_visitor` reads that visitor."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .actors import actors, noun_phrase_parties
from .frame import Frame
from .parties import Party


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
