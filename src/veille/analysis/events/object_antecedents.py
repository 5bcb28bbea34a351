"""Object pronouns: the parties a personal pronoun object of a trigger stands for (events.json ``object_pronouns``:
« l'accuse », « le menace », "accuses him"). First the object named before it in its sentence, or the subject of
a passive there, who undergoes as an object does ("ordered a Russian diplomat to leave, accusing him of",
« l'ambassadeur X a été convoqué … la décision qui l'invite à quitter »); else, where its sentence names none, the
noun the sentence before names as a subject or an object that the pronoun agrees with in number (« Le reporter X a
été arrêté lundi. Minsk l'accuse d'espionnage. »): the nearest such noun decides, so a pronoun that stands for a
thing told last (« le gouvernement a présenté le budget ; l'opposition l'a rejeté ») names no party (issue 13,
stop 56)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..tree import children
from .actors import noun_phrase_parties
from .dated import is_day
from .frame import Frame
from .parties import Party


def object_antecedent(f: Frame, pronoun: Token, actors: list[Party]) -> list[Party]:
    """The parties the object pronoun ``pronoun`` stands for, none of ``actors``' entities; [] when none is told."""
    patient = ("obj", "dobj", *f.lex.passive_subject_deps)
    prior = [
        t
        for t in (f.segment if f.segment is not None else [])
        if t.i < pronoun.i and t.dep_ in patient and t.pos_ in ("NOUN", "PROPN")
    ]
    for t in reversed(prior):
        if ps := _others(f, t, actors):
            return ps
    if prior:
        return []
    return _before(f, pronoun, actors)


def object_clitic(f: Frame, tok: Token, trig: Token) -> bool:
    """Whether ``tok`` is an object pronoun of the verb ``trig``: labelled its object, or a French clitic the parse
    took for a determiner or a second subject of the verb right after it (« Minsk l’accuse »: ``l’`` det or
    nsubj), nothing but clitics between them."""
    if tok.pos_ not in ("PRON", "DET") or tok.lower_ not in f.cues["object_pronouns"]:
        return False
    if tok.dep_ in ("obj", "dobj", "iobj"):
        return True
    if trig.pos_ != "VERB" or tok.head.i != trig.i or tok.i > trig.i or tok.dep_ not in ("det", *f.lex.subject_deps):
        return False
    between = f.doc[tok.i + 1 : trig.i]
    return all(t.pos_ in ("PRON", "AUX") or t.lower_ in f.cues["object_pronouns"] for t in between)


def _others(f: Frame, noun: Token, actors: list[Party]) -> list[Party]:
    return [p for p in noun_phrase_parties(f, noun)[0] if all(p.entity is not a.entity for a in actors)]


def _before(f: Frame, pronoun: Token, actors: list[Party]) -> list[Party]:
    """The parties of the nearest subject or object noun of the sentence before that agrees with ``pronoun`` in
    number, read in that sentence (its walks do not leave it); [] when that noun names no party but the actors."""
    seg = f.segment
    if seg is None:
        return []
    before = [s for s in f.context.segments if s.end <= seg.start]
    if not before:
        return []
    prev: Span = before[-1]
    deps = ("obj", "dobj", *f.lex.any_subject_deps)
    plural = _plural(pronoun)
    nouns = [
        t for t in prev if t.dep_ in deps and t.pos_ in ("NOUN", "PROPN") and not is_day(f, t) and _plural(t) == plural
    ]  # « a démissionné lundi »: the day parsed as an object stands for no one
    if not nouns:
        return []
    f.segment = prev
    try:
        return _others(f, nouns[-1], actors)
    finally:
        f.segment = seg


def _plural(tok: Token) -> bool:
    """Whether ``tok`` stands for several (plural, or a noun with a conjunct: "X and Y")."""
    return "Number=Plur" in str(tok.morph) or any(k.dep_ == "conj" for k in children(tok))
