"""A second report of the speaker coordinated inside the first one's clause, read by :mod:`.indirect`.

The parser hangs a speech verb coordinated with the cue on the head of the cue's clause: in "X noted that the
country could not decide alone and stressed that the reform went on", "stressed" is a conjunct of "decide". Read
as one clause, the second statement is lost inside the first. :func:`second_report` tells such a conjunct from a
verb of the reported content ("X said the minister resigned and accused the premier of lying": the minister
accuses): the conjunct is a speech verb with a report of its own (a that/que clause, or the complements of a
``verb_object`` verb), and either

* it has a subject pronoun of its own ("a reconnu que …, mais elle affirme que …"), or
* it has no subject and the cue's form (tense and auxiliaries: "noted … and stressed", "a déclaré … et a
  accusé"), which the content's head does not share ("could not decide", "était possible": a modal, another
  tense or a copula of the backshifted content).

The first clause then ends before the conjunction, and the conjunct's statement is the cue subject's.
Quoted words on both sides are :func:`.reported.before_second_predicate`'s case.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from . import labels
from .frame import Frame, negated


def second_report(fr: Frame, v: Token, cl: Token, last: Token) -> tuple[Token, Token | None]:
    """For cue ``v`` and the head ``cl`` of its clause (which ends at ``last``): the clause's last token and the
    conjunct verb of a second report of the speaker (None, ``last`` unchanged, when there is none)."""
    doc = v.doc
    for c in children(cl):
        if not (c.dep_.startswith("conj") and cl.i < c.i <= last.i and fr.same_unit(v, c)):
            continue
        if not (fr.is_cue(c) and not negated(c) and _own_report(fr, c) and _same_speaker(v, cl, c)):
            continue
        cc = next((t for t in children(c) if t.dep_ == "cc" and t.i < c.i), None)
        k = (cc.i if cc is not None else c.left_edge.i) - 1
        while k > cl.i and (doc[k].is_punct or doc[k].pos_ == "CCONJ"):
            k -= 1
        if k <= cl.i - 1 or fr.in_quote(doc[k].idx):
            return last, None
        return doc[k], c
    return last, None


def _own_report(fr: Frame, c: Token) -> bool:
    """Whether conjunct ``c`` reports something of its own: a clausal complement, or complements of a
    ``verb_object`` verb."""
    return any(x.dep_ == "ccomp" and x.i > c.i for x in children(c)) or (
        fr.lex.lemma(c) in fr.lex["verb_object"] and any(x.dep_ in labels.OBJECT_COMPLEMENT for x in children(c))
    )


def _same_speaker(v: Token, cl: Token, c: Token) -> bool:
    """Whether conjunct ``c`` is the act of cue ``v``'s subject rather than of the content's (module docstring)."""
    subs = [x for x in children(c) if x.dep_ in labels.SUBJECT]
    if subs:
        return all(_personal(s) for s in subs)  # "mais elle affirme que…"
    copular = cl.pos_ == "AUX" or any(x.dep_ == "cop" for x in children(cl))
    return _form(c) == _form(v) and (copular or _form(cl) != _form(v))


def _personal(t: Token) -> bool:
    """Whether ``t`` is a third-person personal pronoun ("il", "elle", "she", "it"; not a relative "qui")."""
    return t.pos_ == "PRON" and "3" in labels.feature(t, "Person") and not labels.relative_pronoun(t)


def _form(t: Token) -> tuple[str, ...]:
    """A verb's form: its verb form and tense, and its auxiliaries as written."""
    auxes = sorted(x.lower_ for x in children(t) if x.dep_.startswith("aux"))
    return (*labels.feature(t, "VerbForm"), *labels.feature(t, "Tense"), *auxes)


__all__ = ["second_report"]
