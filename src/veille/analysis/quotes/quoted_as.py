"""A statement closed by the one who relays it: "…, X was quoted as saying.", "…, X was cited as saying.", "…, Y
quoted X as saying." The parser hangs the statement on the relaying verb (lexicon kind ``quoted_as``: "quote",
"cite"), whose "as saying" holds no clause of its own; the statement is X's: the passive verb's subject, or the
active one's object. Read by :mod:`.indirect`; "X was quoted as saying that…" is read there as any speech verb's
clause."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..tree import children, tokens
from . import labels
from .frame import Frame
from .lexicon import fold


def quoted_as(fr: Frame) -> Iterator[tuple[Token, Token, list[Token], Token]]:
    """``(first, last, speaker heads, cue)`` of each statement closed by a relaying verb (see the module docstring)."""
    relays = fr.lex["quoted_as"]
    if not relays:
        return
    for v in tokens(fr.doc):
        if not (v.dep_ == "pcomp" and fr.is_cue(v) and fold(v.head.text) in fr.lex["as"]):
            continue
        q = v.head.head
        if fr.lex.lemma(q) not in relays or any(c.dep_ == "ccomp" for c in children(v)):
            continue
        clause = next((c for c in children(q) if c.dep_ == "ccomp" and c.i < q.i and fr.same_unit(q, c)), None)
        passive = any(c.dep_ in labels.passive_subject() for c in children(q))
        who = next(
            (c for c in children(q) if (c.dep_ in labels.passive_subject() if passive else c.dep_ in {"dobj", "obj"})),
            None,
        )
        if clause is None or who is None or who.i < clause.i:
            continue
        last = fr.doc[min(clause.right_edge.i, who.left_edge.i - 1)]
        while last.i > clause.left_edge.i and (last.is_punct or last.i >= who.left_edge.i):
            last = fr.doc[last.i - 1]
        yield fr.doc[max(clause.left_edge.i, fr.unit_of(q).start)], last, [who], v


def passive_relay(v: Token, fr: Frame) -> bool:
    """Whether cue ``v`` is a passive relay of the words its "as" complement says ("“…,” X was reported as saying"):
    the speech verb in that complement is the quote's cue, and the passive subject X its speaker."""
    return any(c.dep_ in labels.passive_subject() for c in children(v)) and any(
        c.dep_ == "prep"
        and fold(c.text) in fr.lex["as"]
        and any(x.dep_ == "pcomp" and fr.is_cue(x) for x in children(c))
        for c in children(v)
    )
