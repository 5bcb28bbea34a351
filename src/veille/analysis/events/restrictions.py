"""Negations that do not deny the act (issue 13, modality): a negation that restricts ("not only condemned
Russia", « a non seulement condamné la Russie »), the French restriction « ne … que » ("only": « n'a imposé que
des sanctions limitées », « n'a attaqué qu'en mars », « qu'après le sommet »), and a negation dated by "until" ("did
not impose sanctions until March": the act came then). The act is done.

The words are the language's ``modality.json`` (``restricting_adverbs``, ``negation_landmarks``,
``negation_partners``) and the events' ``negation`` and ``restrictive_marks``."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children, subtree
from . import hedges
from .frame import Frame
from .lexicon import negator


def _negations(f: Frame, trig: Token) -> list[Token]:
    negation = f.cues["negation"]
    return [k for k in children(trig) if negator(k, negation)]


def undenied(f: Frame, trig: Token) -> bool:
    """Whether the negations on ``trig`` (its own, none from a head) restrict or date the act, not deny it."""
    negations = _negations(f, trig)
    if not negations:
        return False
    c = hedges.cues(f.lex.code)
    if all(any(k.lower_ in c["restricting_adverbs"] for k in children(n)) for n in negations):
        return True  # "not only", « non seulement »
    if any(k.lower_ in c["negation_partners"] for k in children(trig)):
        return False  # « n'a pas … »: a negation, whatever follows
    if any(k.dep_ in ("prep", "mark") and k.lower_ in c["negation_landmarks"] for k in children(trig)):
        return True  # "did not impose sanctions until March"
    return _restriction(f, trig)


def _restriction(f: Frame, trig: Token) -> bool:
    """« ne … que »: a lone « ne » and, after the verb in its phrase, a « que » that opens no clause (its head is no
    verb: « n'a imposé que des sanctions », « qu'en mars »; not « ne croit pas que la Russie attaque »)."""
    marks = f.cues["restrictive_marks"]
    if not marks:
        return False
    return any(
        t.i > trig.i and t.lower_.replace("’", "'") in marks and t.head.pos_ not in ("VERB", "AUX")
        for t in subtree(trig)
    )
