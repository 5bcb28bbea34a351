"""A past participle on a noun of the speech verb's adjunct, before the complementizer the parser hung on it:
"X said in a statement posted on its website that…", "X told Reuters in an interview published on Sunday that…".
The parser makes the clause the participle's; it is what the speech verb reports. Read by :mod:`.indirect`, whose
search for a complementizer after the verb goes over such a participle as over the adjunct's other words."""

from __future__ import annotations

from spacy.tokens import Token

from . import labels


def adjunct_participle(t: Token, v: Token) -> bool:
    """Whether ``t``, a word after speech verb ``v``, is a past participle qualifying a noun between ``v`` and it
    ("in a statement posted on…"), or a word of its phrase ("on its website"); not a verb of its own ("said in a
    statement, then posted that…")."""
    for a in (t, *t.ancestors):
        if a.i <= v.i:
            return False
        if _participle(a, v):
            return True
    return False


def _participle(t: Token, v: Token) -> bool:
    return (
        t.dep_ == "acl"
        and t.pos_ == "VERB"
        and "Part" in labels.feature(t, "VerbForm")
        and "Past" in labels.feature(t, "Tense")
        and v.i < t.head.i < t.i
        and t.head.pos_ in {"NOUN", "PROPN"}
    )
