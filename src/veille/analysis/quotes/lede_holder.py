"""The holder of a lede's role phrase named bare in the next sentences (issue 12, stop 42).

Wire copy opens with an office ("…, a annoncé mardi le ministre marocain des Affaires étrangères", "…, the Kenyan
interior minister said") and names its holder in the following paragraph without repeating the office ("Lors d'une
conférence de presse, Omar Tazi a précisé…"). :func:`veille.analysis.quotes.unnamed.named_later` needs the office
printed beside the later name; this reads the bare name: the first person the text names after the phrase, within
:data:`~veille.analysis.quotes.unnamed.NATIONAL_LATER_WINDOW` characters, is its holder when they act for the
phrase's state (or for no known state), the text gives them no role of their own (an office printed beside them would
have been read by ``named_later``), and no noun of their own introduces
them ("l'économiste Awa Ndiaye", "Peruvian President Luis Quispe"). The first person named decides: a person of
another state, of another role or introduced by a noun ends the search.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import labels
from .speakers import Mentions, Speaker
from .unnamed import NATIONAL_LATER_WINDOW

#: Parts of speech of the word right before a bare name: no noun, adjective or name of its own introduces it.
_BARE_BEFORE = {"PUNCT", "ADP", "ADV", "CCONJ", "SCONJ", "VERB", "AUX", "SPACE"}


def named_next(head: Token, mentions: Mentions, states: frozenset[str]) -> list[Speaker]:
    """The person named first after the singular role phrase of ``head`` with nationality ``states`` when they may
    hold it (see the module); [] else."""
    if not states or "Plur" in labels.feature(head, "Number"):
        return []
    doc = head.doc
    end = max(t.idx + len(t) for t in head.subtree)
    titled = {str(ent.get("id")) for _, _, ent in mentions.index.every if ent.get("roles")}
    for a, _b, e in mentions.spans:  # sorted by start
        if a - end > NATIONAL_LATER_WINDOW:
            break
        if e.type != "PERSON" or a < end:
            continue
        if (e.id or "") in titled or (e.country is not None and e.country not in states):
            return []
        span = doc.char_span(a, a + 1, alignment_mode="expand")
        if span is None or span.start == 0 or doc[span.start - 1].pos_ not in _BARE_BEFORE:
            return []
        return [e]
    return []
