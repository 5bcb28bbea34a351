"""Who speaks when a source quotes another: "State media quoted X as saying…", "the agency cited him as saying
that…": the object of the quoting verb said the words, not its subject, which only reports them (issue 12, stop 38).
The speech verb sits in the quoting verb's "as" complement (lexicon kind ``as``); a quoting verb with no object (the
passive "X was quoted as saying") leaves its subject to speak, as before."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .lexicon import Lexicon, fold

#: The object of the quoting verb (English ClearNLP labels and UD).
OBJECTS = frozenset({"dobj", "obj"})


def quoted_speaker(tok: Token, lex: Lexicon) -> list[Token]:
    """The object of the verb whose "as" complement holds ``tok`` ("quoted [X] as saying"); [] when none."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.dep_ != "prep" or fold(prep.text) not in lex["as"] or prep.head is prep:
        return []
    return [c for c in children(prep.head) if c.dep_ in OBJECTS and c.i < prep.i]
