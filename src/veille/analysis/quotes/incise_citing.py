"""A reported sentence closed by a reporter's incise that cites its source ("…, a rapporté la radio publique en
citant X.", "…, a ajouté l'agence, citant toujours X."): X speaks, as in a direct quote's incise (lexicon kind
``citing``, :func:`.sources.cited`); read by :func:`.indirect._sentence_clause`. A cited thing no entity names
("citant des chiffres officiels") leaves the incise's subject the speaker."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .frame import Frame
from .sources import cited


def cited_heads(fr: Frame, v: Token, u: Span, heads: list[Token]) -> list[Token]:
    """The head of the source incise verb ``v`` cites after it in unit ``u`` when an entity names it, else
    ``heads``."""
    source = cited(fr, v.idx, u.end_char)
    if source is None or not fr.context.mentions.covering(source.idx, source.idx + len(source)):
        return heads
    return [source]
