"""Datelines ("WASHINGTON (AP) — …", "BRUSSELS, June 25 (Reuters) - "): a place name there never speaks, and a
reported clause starts after it. (Kept as they were; to be unified with the other stages' dateline tests.)"""

from __future__ import annotations

from spacy.tokens import Token


def in_dateline(t: Token) -> bool:
    """Whether token ``t`` lies in a dateline ("WASHINGTON (AP) — …"): before a dash with no verb before it."""
    for x in t.doc[t.i + 1 : t.i + 8]:
        if x.pos_ in {"VERB", "AUX"} or x.is_space:
            return False
        if x.text in {"-", "—", "–"}:
            return all(y.pos_ not in {"VERB", "AUX"} for y in t.doc[max(0, t.i - 8) : t.i]) and (
                t.i == 0 or t.doc[t.i - 1].is_space or "\n" in t.doc[t.i - 1].whitespace_ or t.is_upper
            )
    return False


def after_dateline(toks: list[Token]) -> Token:
    """The first token after a dateline ("BRUSSELS, June 25 (Reuters) - "): a dash with no verb before it."""
    for k, t in enumerate(toks[:-1]):
        if t.pos_ in {"VERB", "AUX"}:
            break
        if t.text in {"-", "—", "–"}:
            return toks[k + 1]
    return toks[0]
