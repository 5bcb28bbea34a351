"""A speech verb's bare infinitive set apart from it by a time phrase or an addressee ("a annoncé lundi avoir
adopté…", "a affirmé à X, le président voisin, être « détenu »…", "a déclaré hier soir avoir discuté…"), where the
language reads a bare infinitive as reported speech (flag ``infinitive_report``). The parser hangs such an
infinitive anywhere (on the time noun, as a parataxis of the verb); it is read on the words as printed: after the
verb, only adverbs, time words, prepositional phrases (an apposition between commas inside them) and commas, then
clitics, then the infinitive, which no preposition introduces ("a demandé lundi à X de partir" is no report)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..tree import tokens
from . import labels
from .frame import Frame
from .lexicon import time_word

#: At most this many words between a speech verb and its bare infinitive ("a affirmé à Jean Dupont, le président
#: du Sénat voisin, être…"); longer runs are a clause of their own.
INFINITIVE_GAP = 14

#: Parts of speech of the noun phrases a prepositional phrase or an apposition inside it holds.
_PHRASE = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})

#: Words of a negation before an infinitive ("ne pas avoir", "n'avoir rien").
_NEGATION = frozenset({"ne", "n'", "n’", "pas"})


def infinitive_after(fr: Frame, v: Token, u: Span) -> tuple[Token, Token] | None:
    """``(first, last)`` tokens of the bare infinitive clause that speech verb ``v`` reports past a time phrase or an
    addressee (or right after it, where the parser hung the infinitive elsewhere), within unit ``u``; None when the
    words after ``v`` are anything else."""
    doc = v.doc
    toks = tokens(doc)
    in_phrase = False  # inside a prepositional phrase ("à X, le président de Y,")
    gap = 0
    k = v.i + 1
    while k < u.end and gap <= INFINITIVE_GAP:
        t = toks[k]
        first = k
        while k < u.end and (toks[k].pos_ == "PRON" or toks[k].lower_ in _NEGATION):
            k += 1  # clitics and a negation before the infinitive ("l'avoir vu", "n'avoir rien fait")
        if k < u.end and toks[k].pos_ in labels.VERBAL and "Inf" in labels.feature(toks[k], "VerbForm"):
            break
        if k > first:
            return None  # a pronoun that no infinitive follows: an object ("a dit lui avoir…" aside)
        if t.pos_ == "ADP":
            in_phrase = True
        elif not (t.text == "," or t.pos_ in {"ADV", "NUM"} or time_word(t, fr.lex["time"])) and (
            t.pos_ not in _PHRASE or not in_phrase
        ):
            return None  # an object ("a annoncé la mort de…"), a verb, a clause: no infinitive of the report
        gap += 1
        k += 1
    if k >= u.end or gap > INFINITIVE_GAP or fr.in_quote(toks[first].idx):
        return None
    if toks[first - 1].pos_ == "ADP":
        return None  # "a demandé lundi à X de partir", "a dit, pour partir": a preposition introduces it
    inf = toks[k]
    verb = inf.head if inf.dep_.startswith("aux") and inf.head.i > inf.i else inf  # "avoir adopté": the participle
    last = toks[min(max(verb.right_edge.i, inf.i), u.end - 1)]
    while last.i > inf.i and last.is_punct and last.text not in '»”")':
        last = toks[last.i - 1]
    return toks[first], last


__all__ = ["INFINITIVE_GAP", "infinitive_after"]
