"""An unnamed source named again: "…, a ajouté la même source", "selon cette même source", "…, précise cette
source" refer back to the source quoted last (a ministry's communiqué, a spokesperson, an unnamed official), not to
a new unnamed source described by the phrase. The phrase is headed by a noun of an unnamed source (lexicon kind
``anonymous``) with an adjective of kind ``same_source`` ("même") or a demonstrative determiner."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from . import labels
from .frame import Frame
from .item import Item
from .lexicon import fold

#: The source quoted last is named again at most this many characters after its statement (a paragraph or two).
SAME_SOURCE_WINDOW = 1200


def names_same_source(fr: Frame, heads: list[Token]) -> bool:
    """Whether the speaker phrase of ``heads`` is one unnamed-source noun named again ("la même source", "cette
    source")."""
    if len(heads) != 1 or heads[0].pos_ != "NOUN" or fold(heads[0].text) not in fr.lex["anonymous"]:
        return False
    mods = children(heads[0])
    return any(c.dep_ == "amod" and fold(c.text) in fr.lex["same_source"] for c in mods) or any(
        c.dep_ == "det" and "Dem" in labels.feature(c, "PronType") for c in mods
    )


def same_source(fr: Frame, it: Item, last: Item | None) -> bool:
    """Whether quote ``it`` names the source of ``last``, the quote with a speaker right before it, again."""
    return last is not None and it.start - last.end <= SAME_SOURCE_WINDOW and names_same_source(fr, it.heads)


__all__ = ["SAME_SOURCE_WINDOW", "names_same_source", "same_source"]
