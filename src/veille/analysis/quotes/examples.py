"""The members an unnamed source names as its examples speak for it (issue 12, stop 42).

French cites the press by a plural phrase followed by the titles it means: « d'après plusieurs médias étrangers
tels que X et Y ». The real-news golds list the titles named as the speakers, not the phrase. The adjective that
opens the examples is a lexicon kind (``examples``: « tel », « tels »; English "media such as X" is already read as
X, and has no rows); the names are the entities the tree hangs below it, with their conjuncts.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .lexicon import Lexicon, fold
from .speakers import Mentions, Speaker, dedupe


def named_examples(head: Token, lex: Lexicon, mentions: Mentions) -> list[Speaker]:
    """The entities a child of ``head`` of kind ``examples`` names (« tels que X et Y »); [] when none."""
    found: list[Speaker] = []
    for c in children(head):
        if c.i < head.i or fold(c.text) not in lex["examples"]:
            continue
        for t in c.subtree:
            if t.pos_ == "PROPN" and t.i > c.i:
                found += [e for e in mentions.covering(t.idx, t.idx + len(t)) if e.type != "PERSON"]
    return dedupe(found)
