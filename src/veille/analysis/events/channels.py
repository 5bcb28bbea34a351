"""The medium an act is told through: "a démenti sur son compte Twitter", "a dénoncé sur les ondes de RFI", "a
condamné sur Facebook". A complement of a channel preposition (``lang/<code>/events.json``: ``channel_preps``) that
names a medium (an organisation of sector MED) is where the act is voiced, with whose account or programme it is
("sur le compte Facebook du gouvernement"): no side of it; a
medium named otherwise ("a suspendu RFI", "a interdit la diffusion de France 24") stays a party."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import ancestors, children
from .backing import own_case
from .frame import Frame

#: The sector of the media (sectors.tsv).
MEDIA = "MED"
#: Dependencies of the clauses a noun phrase may hold.
CLAUSES = ("acl", "ccomp", "advcl", "csubj")


def _phrase(tok: Token) -> list[Token]:
    """The tokens of the noun phrase ``tok`` heads, without the clauses it holds ("son compte Twitter" of "son
    compte Twitter que le Kenya ait reconnu")."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [k for k in children(t) if k.pos_ not in ("VERB", "AUX") and not k.dep_.startswith(CLAUSES)]
    return out


def _medium(f: Frame, tok: Token, preps: frozenset[str]) -> bool:
    if own_case(tok) not in preps:
        return False
    sectors = {e.get("sector") for t in _phrase(tok) if (e := f.mentions.entity(t)) is not None}
    return MEDIA in sectors  # "sur le compte Facebook du gouvernement": the medium and whose account it is


def channel(f: Frame, tok: Token) -> bool:
    """Whether ``tok`` is in a complement of a channel preposition that names a medium ("sur les
    ondes de RFI": "ondes" and "RFI" both), up to the verb it hangs on. A language with no channel
    prepositions (English: none listed) has none, at no cost."""
    preps = f.cues["channel_preps"]
    if not preps or MEDIA not in f.sectors:  # no channel preposition in the language, or no medium in the text
        return False
    for t in (tok, *ancestors(tok)):
        if t.pos_ in ("VERB", "AUX"):
            return False
        if _medium(f, t, preps):
            return True
    return False
