"""The words between a speech verb and the complementizer the parser did not hang on it, read by :mod:`.indirect`:
adverbs, numbers, commas and the noun phrases of time, place and addressee ("a affirmé lundi, lors d'une
conférence de presse, que…"), and in English two kinds of phrase the parser makes the clause's governor:

* a past participle on a noun of the verb's adjunct, with its own words: "X said in a statement posted on its
  website that…", "X told Reuters in an interview published on Sunday that…", "X said in a joint statement issued
  after talks in Y that…";
* a present participle's phrase between commas right after the verb: "X said, citing engineers, that…".

Such a phrase counts as one word toward the verb's gap, however long."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children, tokens
from . import labels
from .lexicon import complementizer


def word_after(v: Token, end: int, gap: int, skipped: frozenset[str]) -> Token | None:
    """The first word after speech verb ``v`` (before token ``end``) that is no comma or hyphen, no word of a part of
    speech in ``skipped`` and no word of a participle phrase above, or is a complementizer; None past ``gap`` words."""
    doc, counted, i = v.doc, 0, v.i + 1
    while i < end and counted < gap:
        t = tokens(doc)[i]
        if complementizer(t):
            return t
        last = _participle_phrase(t, v)
        if last is None and not (t.pos_ in skipped or t.text == "," or t.tag_ == "HYPH"):  # "in an op-ed"
            return t
        i, counted = (i if last is None else last) + 1, counted + 1
    return None


def _participle_phrase(t: Token, v: Token) -> int | None:
    """The index of the last word of the participle phrase that opens at ``t`` (see the module docstring), up to a
    complementizer the parser hung on it; None when ``t`` opens none."""
    doc = t.doc
    if t.dep_ == "acl" and _participle(t, "Past") and v.i < t.head.i < t.i and t.head.pos_ in {"NOUN", "PROPN"}:
        inner = next((c for c in children(t) if c.dep_ == "ccomp" and c.i > t.i), None)
        return t.right_edge.i if inner is None else inner.left_edge.i - 1
    if not (t.head.i == v.i and t.dep_ == "advcl" and t.i > v.i and _participle(t, "Pres") and t.left_edge.i == t.i):
        return None
    if tokens(doc)[t.i - 1].text != ",":
        return None
    inner = next((c for c in children(t) if c.dep_ == "ccomp" and c.i > t.i), None)
    last = t.right_edge.i if inner is None else inner.left_edge.i - 2  # "citing engineers, that…": before the comma
    if last <= t.i or last + 1 >= len(doc) or tokens(doc)[last + 1].text != ",":
        return None  # "said, adding that…": the participle's own report
    return last


def _participle(t: Token, tense: str) -> bool:
    """Whether ``t`` is a verb's participle of ``tense`` ("Past": "posted"; "Pres": "citing", or a gerund)."""
    form = labels.feature(t, "VerbForm")
    return t.pos_ == "VERB" and (
        ("Part" in form and tense in labels.feature(t, "Tense")) or (tense == "Pres" and "Ger" in form)
    )
