"""A definite group noun that a nationality qualifies ("le mouvement libanais", "le groupe islamiste palestinien",
"la milice chiite irakienne", "the Lebanese movement"; events.json ``movement_nouns``) stands for the one armed
group or opposition movement of that state the text named before it (``actors.tsv``: Hezbollah operates in
Lebanon), not for the state's government, which the nationality alone would give (issue 13, stop 41). A noun
with a name of its own ("le mouvement Amal"), the government's own nouns ("le gouvernement libanais"), an
indefinite group ("un groupe palestinien") or a text that named no such group, or several, keeps its reading."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from .. import kb
from ..tree import children
from .frame import Frame
from .parties import Party
from .placetime import own_phrase


@functools.cache
def _homes() -> dict[str, str]:
    """The code of each non-state actor of ``actors.tsv`` that operates in one state -> that state."""
    return {a.code: a.country for a in kb.actors() if a.country and a.sector in ("REB", "OPP")}


def state_group(f: Frame, tok: Token, found: list[Party]) -> list[Party]:
    """The named group the noun ``tok`` stands for when its own phrase ``found`` names one state by its nationality
    only; [] when ``tok`` is no such noun."""
    if tok.lemma_.lower() not in f.cues["movement_nouns"] and tok.lower_ not in f.cues["movement_nouns"]:
        return []
    states = {p.code for p in found if p.code}
    if len(states) != 1 or any(p.entity.get("type") != "GPE" for p in found):
        return []
    if any(t.pos_ == "PROPN" for t in own_phrase(tok)):
        return []  # "le mouvement Amal", "le groupe de Wagner": a name of its own
    dets = [k for k in children(tok) if k.dep_ == "det"]
    if not any({"Definite=Def", "PronType=Dem"} & set(d.morph) for d in dets):
        return []  # "un groupe palestinien": a group not yet told of
    state, homes = next(iter(states)), _homes()
    named = [e for a, _, e in f.mentions.outer if a < tok.idx and homes.get(str(e.get("code"))) == state]
    if len({e.get("code") for e in named}) != 1:
        return []
    return [Party(named[-1], named[-1].get("sector"), anaphor=True)]
