"""Announced decisions: a measure told in the future in the content clause of a verb of announcing ("Norway
announced that it will suspend trade with India", "declared it would recall its ambassador"; events.json
``announcing_heads``) is enacted by the announcement, as "announced its decision to suspend" is: done, not planned.
Only for the types whose act is a decision (``cues.json`` ``decision_types``: a sanction, an expulsion, a
concession, a rejection), not a material act carried out later ("announced that its forces will pull out",
"would provide new military assistance", "will visit": planned, as the golds code them); only a plain future or
"would" (events.json ``decision_aux``) in a clause with no condition: a modal of possibility ("announced it may
suspend"), a condition ("would suspend trade if the talks failed") or an announcement itself to come or negated
keeps the act's own modality. Read by :func:`.build.build`."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..tree import children
from .frame import Frame
from .lexicon import neutral_cue

Told = tuple[bool, str | None]


def decided(f: Frame, etype: str, trig: Token, told: Told, modality: Callable[[Frame, Token], Told]) -> Told:
    """``told`` (the negation and mood of the act at ``trig``), done where its announcement enacts it."""
    if told[1] not in ("future", "hypothetical") or etype not in neutral_cue("decision_types"):
        return told
    return (told[0], None) if _enacted(f, trig, modality) else told


def _enacted(f: Frame, trig: Token, modality: Callable[[Frame, Token], Told]) -> bool:
    heads, aux = f.cues["announcing_heads"], f.cues["decision_aux"]
    chain = [trig]  # the trigger and the verbs it is the infinitive of ("would be able to suspend")
    while chain[-1].dep_ == "xcomp" and chain[-1].head.i != chain[-1].i and len(chain) < 4:
        chain.append(chain[-1].head)
    top = chain[-1]
    teller = top.head
    if not heads or top.dep_ != "ccomp" or teller.i == top.i or teller.lemma_.lower() not in heads:
        return False
    c = f.cues
    modals = {k.lower_ for t in chain for k in children(t) if k.dep_ == "aux"} & (c["modal_aux"] | c["future_aux"])
    if not modals or not modals <= aux:
        return False
    marks = c["condition_marks"]
    if any(k.dep_ == "mark" and k.lower_ in marks for t in chain for k in children(t)):
        return False
    if any(k.dep_ == "advcl" and any(m.lower_ in marks for m in children(k)) for k in children(top)):
        return False  # "would suspend trade if the talks failed"
    return f.inside(teller) and modality(f, teller) == (False, None)
