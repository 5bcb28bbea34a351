"""An unnamed spokesperson of the body that has just spoken: "The Commission confirmed that talks would begin. “We
need solutions,” a spokesman said." — the spokesman speaks for the Commission, as the real-news golds code him.

A spokesperson phrase that names no body it speaks for ("a spokesman", "a department spokesperson" whose compound is a
common noun, "the PM's official spokesman" whose owner is a person) was kept as a described speaker. It now speaks for
the body whose statement the text gave last before it (within :data:`BODY_WINDOW` characters): an organisation of a
sector of the lexicon's ``spokes_sector`` rows (government and intergovernmental bodies: a news outlet that reported
something in between has no spokesperson there), whose name holds the phrase's common-noun compound ("department" in
"State Department"), and, for a person's spokesperson, that person's state where both are known. Speakers in between
that are no such body (a person, an unnamed source, an outlet, a body whose name lacks the compound or of another
state, several speakers at once) are passed over. With no such statement before it (a lede's "a spokesman
said"), the spokesperson stays described.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .lexicon import Lexicon, fold
from .memory import Memory
from .speakers import Speaker

#: The body's statement is at most this many characters before the spokesperson's (a paragraph or two). Not swept:
#: on the tuning sets (stop 53) the statements taken lie 17 to 558 characters before, and no spokesperson finds one
#: farther back (with no bound, every tuning output is the same).
BODY_WINDOW = 1200


def _compound_nouns(head: Token) -> list[str]:
    """The folded common nouns in compound before spokesperson ``head`` ("department" in "a department
    spokesperson"); a name ("a Commission spokesman") is the body's own and resolved before this is asked."""
    return [fold(c.text) for c in children(head) if c.dep_ == "compound" and c.i < head.i and c.pos_ == "NOUN"]


def body_spoken_before(
    head: Token, pos: int, memory: Memory, lex: Lexicon, owners: list[Speaker] | None = None
) -> list[Speaker]:
    """The body that a spokesperson ``head`` at ``pos``, with no body of its own, speaks for: the one organisation of a
    ``spokes_sector`` sector that made the last statement before it within :data:`BODY_WINDOW`, whose name holds the
    phrase's common-noun compound; of the state of the person in ``owners`` (a person's spokesperson) when both are
    known. [] when none (the spokesperson stays described)."""
    sectors = {s.upper() for s in lex["spokes_sector"]}
    if not sectors or fold(head.text) not in lex["spokes"]:
        return []
    nouns = _compound_nouns(head)
    states = {e.country for e in owners or [] if e.country}
    for ents in memory.spoken_before(pos, BODY_WINDOW):
        if len(ents) != 1 or ents[0].type != "ORG" or (ents[0].sector or "").upper() not in sectors:
            continue
        body = ents[0]
        if not all(n in fold(body.name).split() for n in nouns):
            continue
        if states and body.country and body.country not in states:
            continue
        return [body]
    return []
