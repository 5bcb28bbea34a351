"""A sentence closed by an incise of speech whose own main verb states something through its object only ("Le
Valdor condamne l'attaque, a indiqué X.", "Y a accusé Z de…, a annoncé vendredi X."): the incise reports the whole
sentence, as the real-news gold lists it, so the object's statement by the sentence's subject yields to it (read by
:func:`.reported.yield_to_incise`). A verb with a clause of its own ("Y a affirmé que…, a indiqué X", "Y a affirmé
avoir…") still heads a nested report."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from . import labels
from .frame import Frame

#: dependencies of a clause a speech verb reports through (a que-clause, a clausal subject)
_CLAUSE = frozenset({"ccomp", "csubj"})


def object_statement(fr: Frame, v: Token) -> bool:
    """Whether speech verb ``v`` (lexicon kind ``verb_object``) states what it says through its object or a marked
    complement only ("condamne l'attaque", "appelle au calme", "a accusé X de…"): no que-clause and no bare
    infinitive of its own ("a affirmé avoir…")."""
    if fr.lex.lemma(v) not in fr.lex["verb_object"]:
        return False
    for c in children(v):
        if c.dep_ in _CLAUSE:
            return False
        if (
            c.dep_ == "xcomp"
            and c.pos_ in labels.VERBAL
            and not any(x.dep_ in labels.CASE | {"mark"} for x in children(c))
        ):
            return False  # "a affirmé avoir confisqué…": a report of its own
    return True
