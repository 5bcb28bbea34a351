"""Parties named by the clause an act's trigger holds: the subject of its content or condition clause (a warning
that X will act), and whom a request noun asks (the subject of the clause it holds)."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .actors import noun_phrase_parties
from .frame import Frame
from .parties import Party
from .subjects import closes_quote


def content_subjects(f: Frame, trig: Token, actors: list[Party]) -> list[Party]:
    """The subject of the trigger's content or condition clause, not of the actor's side ("a prévenu que la Chine
    prendrait des mesures": the actor's own side is not the one warned); the quote it closes is its content."""
    kids = list(children(trig)) + [g for k in children(trig) if k.dep_ == "xcomp" for g in children(k)]
    subject_deps = f.lex.any_subject_deps
    quoted = (
        [t for t in [trig.head, *children(trig)] if t.i < trig.i and t.pos_ in ("VERB", "AUX")]
        if closes_quote(f, trig)
        else []
    )
    for k in quoted + kids:  # « Le Mexique s'ingère ... », a dénoncé X: the quote is the content
        if (
            k in quoted
            or k.dep_ == "ccomp"
            or (
                k.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in f.cues["condition_marks"] for m in children(k))
            )
        ):
            subs = [t for t in children(k) if t.dep_ in subject_deps]
            mine = {p.code for p in actors}
            parties = [p for t in subs for p in noun_phrase_parties(f, t)[0] if p.code not in mine]
            if parties:
                return parties
    return []


def asked_subjects(f: Frame, noun: Token, actors: list[Party]) -> list[Party]:
    """Whom a request noun asks: the subject of the clause it holds (events.json ``asked_marks``: "its call for
    China to withdraw", "the demand that Kenya recall its envoy"; a "for" clause the parser hangs on the verb that
    holds the noun, "renewed its calls for Valdor to hold back"), not of the actor's side."""
    marks = f.cues["asked_marks"]
    clauses = [k for k in children(noun) if k.dep_ in ("acl", "advcl", "ccomp")]
    if noun.dep_ in ("obj", "dobj") and noun.head.pos_ in ("VERB", "AUX"):
        clauses += [k for k in children(noun.head) if k.dep_ == "advcl" and k.i > noun.i]
    mine = {p.code for p in actors}
    subject_deps = f.lex.subject_deps
    for k in clauses:
        mark = next((m.lower_ for m in children(k) if m.dep_ == "mark"), None)
        if k.pos_ != "VERB" or mark not in marks or (k.head.i != noun.i and "VerbForm=Inf" not in str(k.morph)):
            continue  # on the verb, only an infinitive ("for China to refrain"), not "saying that ..."
        parties = [p for t in children(k) if t.dep_ in subject_deps for p in noun_phrase_parties(f, t)[0]]
        parties = [p for p in parties if p.code and p.code not in mine]
        if parties:
            return parties
    return []
