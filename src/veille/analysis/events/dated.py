"""Words of a French clause the parse hangs on the day the act is dated by ("a rappelé vendredi ses ambassadeurs",
the object under "vendredi"; "a imposé mercredi de nouvelles sanctions", the day labelled the object and the
partitive noun under it): the verb's object. A weekday or a month name is such a day."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from ... import lang as _lang
from ..dates import is_month
from ..tree import children
from .frame import Frame

#: Labels the parse gives a day hung on the verb (an adjunct, or the object it took the day for).
_DAY_DEPS = ("obl:mod", "obl", "npadvmod", "obj")


@functools.cache
def _weekdays(code: str) -> frozenset[str]:
    return frozenset(_lang.get(code).json("calendar.json")["weekdays"])


def is_day(f: Frame, tok: Token) -> bool:
    """Whether ``tok`` is a weekday or a month name."""
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in _weekdays(f.lex.code) or is_month(f.lex.code, tok.text))


def _case(tok: Token) -> str | None:
    return next((k.lower_ for k in children(tok) if k.dep_ == "case"), None)


def dated_objects(f: Frame, verb: Token) -> list[Token]:
    """Nouns after a day hung on ``verb`` that the parse hangs on the day as its object, or as its complement with
    a partitive article or no preposition at all (the verb's object); and the object after any adjunct set
    between commas (:func:`inserted_objects`)."""
    partitive = f.cues["partitive_cases"]
    return [
        g
        for k in children(verb)
        if k.dep_ in _DAY_DEPS and k.i > verb.i and is_day(f, k)
        for g in children(k)
        if g.i > k.i
        and g.pos_ in ("NOUN", "PROPN")
        and (g.dep_ in ("obj", "dobj") or (g.dep_ == "nmod" and (_case(g) is None or _case(g) in partitive)))
        and not is_day(f, g)
    ] + inserted_objects(verb)


def inserted_objects(verb: Token) -> list[Token]:
    """The object after an adjunct set between commas right after the verb, which the parse takes for a conjunct
    of the adjunct ("ont pris, dimanche, le palais", "ont investi, à Colombo, le palais": palais a conjunct of
    dimanche, of Colombo): a noun with its determiner, no preposition and no conjunction, after the closing
    comma; not a second date or place in a list ("lundi et mardi")."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].text != ",":
        return []
    return [
        g
        for k in children(verb)
        if k.dep_ in _INSERTED_DEPS and k.left_edge.i == verb.i + 2
        for g in children(k)
        if g.dep_ == "conj" and g.i > k.i and g.pos_ in ("NOUN", "PROPN") and _case(g) is None and _after_comma(g)
    ]


def _after_comma(noun: Token) -> bool:
    """Whether ``noun`` opens with its determiner right after a comma, with no conjunction before it."""
    kids = list(children(noun))
    det = min((d.i for d in kids if d.dep_ == "det"), default=None)
    return det is not None and noun.doc[det - 1].text == "," and not any(d.dep_ == "cc" for d in kids)


#: Labels of an adjunct set between commas after the verb (a date, a place).
_INSERTED_DEPS = ("obl:mod", "obl", "obl:arg", "npadvmod")
