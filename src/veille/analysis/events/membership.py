"""Membership bids: the body a state asks to join. "handed in its bid to join NATO", "submitted its application to
join the European Union": the request noun's own infinitive of joining (events.json ``joining_verbs``) names the
body the request is made to, as "applied for EU membership" names it through the membership noun (a ``for``
complement the recipients rule reads). Read for REQUEST nouns with no recipient of their own (from
:func:`.build.build`)."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .frame import Frame
from .parties import Party
from .syntax import NOMINAL, objects, parties_at


def body_joined(f: Frame, etype: str, trig: Token, codes_a: set[str | None]) -> list[Party]:
    """The coded body that the "to join X" infinitive of the request noun ``trig`` names, not the actors'; else []."""
    if etype != "REQUEST" or trig.pos_ not in ("NOUN", "PROPN"):
        return []
    joining = f.cues["joining_verbs"]
    # the noun's own infinitive, or one the parser hangs on the verb whose object the noun is ("handed in their
    # bids to join NATO": join taken for an adjunct of handed)
    around = list(children(trig))
    if trig.dep_ in ("dobj", "obj") and trig.head.i != trig.i:
        around += [k for k in children(trig.head) if k.dep_ in ("advcl", "xcomp") and k.i > trig.i]
    for verb in around:
        if verb.dep_ not in ("acl", "xcomp", "relcl", "advcl") or verb.lemma_.lower() not in joining:
            continue
        for obj in objects(f, verb):
            found = [p for p in parties_at(f, obj, NOMINAL, 1)[0] if p.code and p.code not in codes_a]
            if found:
                return found
    return []
