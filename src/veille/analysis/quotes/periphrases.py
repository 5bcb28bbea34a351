"""Press periphrases for a known body: a definite phrase the press uses for one organisation in place of its name
(« l'exécutif européen » for the European Commission), which no entity mention covers.

The lexicon's ``periphrasis`` rows give the phrase (its head noun and the adjective after it, folded) and the
knowledge base code of the body (``periphrasis<TAB>exécutif européen EC``). The phrase names the text's entity of
that code when there is one, else the knowledge base's entry (as :func:`~.speakers.seats_to_states` does for a
state), so the statement is the body's whatever else the text names. Persons named by a periphrasis (« le maître du
Kremlin », « le souverain pontife ») are read like a role instead: the lexicon's ``person_noun`` rows.
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import kb
from ..tree import children
from .lexicon import Lexicon, fold
from .speakers import Mentions, Speaker

PERIPHRASIS = "periphrasis"


def periphrasis_body(head: Token, lex: Lexicon, mentions: Mentions) -> list[Speaker]:
    """The body a definite phrase headed by ``head`` names by a periphrasis of the lexicon; [] else."""
    rows = lex[PERIPHRASIS]
    if not rows or head.pos_ != "NOUN" or not any(c.dep_ == "det" for c in children(head)):
        return []
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if nxt is None or nxt.head.i != head.i or nxt.pos_ != "ADJ":
        return []
    phrase = fold(f"{head.text} {nxt.text}")
    code = next((row.split()[-1] for row in rows if row.rsplit(" ", 1)[0] == phrase), None)
    entry = kb.load().entry_for_code(code.upper()) if code is not None else None
    if entry is None:
        return []
    return [mentions.speakers.get(entry.id) or Speaker(entry.id, entry.name, entry.type)]
