"""The clause a relative pronoun opens when the parse hangs it as a conjunct (issue 13, stop 58).

A second relative clause coordinated with a first one, "the body, which published a report and which accuses X",
« une note de l'exécutif, publiée lundi, et qui accuse X », « l'Union, qui exige que … et qui a exprimé sa
solidarité », is often parsed as a conjunct of the first clause's verb, or of a verb inside it, and not as a
relative clause of the noun: its pronoun then named no antecedent, and the act was dropped for want of an actor.
:func:`relative_clause` finds the clause that stands for it: the first conjunct when that qualifies a noun (a
relative clause or a participle), else the relative clause the nearest same relative pronoun before it opens in the
same sentence (« qui … et qui »), else the nearest clause before it that qualifies a noun (« X, publiée lundi, et
qui »)."""

from __future__ import annotations

from spacy.tokens import Token

RELATIVE_DEPS = frozenset({"acl:relcl", "relcl"})
QUALIFYING_DEPS = RELATIVE_DEPS | {"acl"}


def relative_clause(pronoun: Token) -> Token | None:
    """The verb of the relative clause (or participle) whose antecedent the relative ``pronoun``, subject of a
    verb parsed as a conjunct, shares; None when the verb is no conjunct or no such clause is found."""
    verb = pronoun.head
    if verb.dep_ != "conj" or not any(k.dep_ == "cc" and k.i < pronoun.i for k in verb.children):
        return None  # only "… and which", « … et qui »
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ in QUALIFYING_DEPS and first.head.pos_ in ("NOUN", "PROPN"):
        return first
    before = [t for t in pronoun.sent if t.i < pronoun.i]
    earlier = [t.head for t in before if t.lower_ == pronoun.lower_ and t.head.dep_ in RELATIVE_DEPS]
    if earlier:
        return earlier[-1]
    qualifying = [
        t for t in before if t.pos_ == "VERB" and t.dep_ in QUALIFYING_DEPS and t.head.pos_ in ("NOUN", "PROPN")
    ]
    return qualifying[-1] if qualifying else None
