"""An indirect question after a speech verb is no statement: "declined to say how much he had been paid",
"refused to say who had paid him", "told Reuters why the levy had been raised" (a clause opened by a question
word), as "asked whether…" is none. A clause whose question word stands inside its subject or a clause of its own
states something ("said what he wanted was a fair levy"), as does a relative clause reported ("…, which X says Y
seized in 2014"). Read by :mod:`.indirect` for a clause with no complementizer."""

from __future__ import annotations

from spacy.tokens import Token

from . import labels
from .lexicon import complementizer

#: Labels on the way from the question word up to the clause's verb that make the word no question of the clause:
#: a subject clause ("what he wanted was…"), an adverbial clause ("when it opened, the boats…").
_INNER = frozenset({"csubj", "csubjpass", "advcl", "relcl", "acl"})


def indirect_question(cl: Token, v: Token) -> bool:
    """Whether clause ``cl`` of speech verb ``v`` opens on a question word of its own after ``v`` (see the module
    docstring); a relative pronoun before ``v`` is none ("…, which the ministry says the army seized")."""
    first = cl.left_edge
    if first.i < v.i or complementizer(first):
        return False  # "told us after the talks that she…" with "that" tagged as a relative pronoun
    if first.tag_ not in labels.WH_PRONOUN_TAGS and first.tag_ not in {"WRB", "WP$"}:
        return False
    t = first
    while t.i != cl.i:
        if t is not first and (t.dep_ in _INNER or t.dep_ in labels.SUBJECT):
            return False
        if t.head.i == t.i:
            return False
        t = t.head
    return True
