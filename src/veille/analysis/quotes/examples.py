"""The members an unnamed source names as its examples speak for it (issue 12, stop 42).

French and English cite the press by a plural phrase followed by the titles it means: « selon des médias français
tels que X et Y », "media outlets such as X and Y reported". The real-news golds list the titles named as the
speakers, not the phrase. The adjective that opens the examples is a lexicon kind (``examples``: « tel », « tels »,
"such"); the names are the entities the tree hangs below it, with their conjuncts.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .lexicon import Lexicon, fold
from .speakers import Mentions, Speaker, dedupe


def named_examples(head: Token, lex: Lexicon, mentions: Mentions) -> list[Speaker]:
    """The entities a child of ``head`` of kind ``examples`` names ("tels que X et Y", "such as X"); [] when none."""
    found: list[Speaker] = []
    for c in children(head):
        if c.i < head.i or fold(c.text) not in lex["examples"]:
            continue
        for t in c.subtree:
            if t.pos_ == "PROPN" and t.i > c.i:
                found += [e for e in mentions.covering(t.idx, t.idx + len(t)) if e.type != "PERSON"]
    return dedupe(found)
