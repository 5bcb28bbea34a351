"""A demonym that qualifies a name: in "les médias français RFI et France 24", "le mouvement chiite libanais
Hezbollah", "le groupe paramilitaire russe Wagner", the adjective of a state only says whose the named
organisation is; the party is the organisation the name gives, when it acts under a code of its own (RFI,
HEZBOLLAH, WAGNER), and the names coordinated with it. A name with no code of its own ("le géant chinois Vexora"),
a person's ("le président français X": a person acts for a state anyway) or none at all ("le mouvement islamiste
libanais") leave the demonym's state."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .frame import Frame
from .parties import Party, is_country

#: Words that join coordinated names ("RFI et France 24", "RFI, France 24").
_JOINS = frozenset({"et", "and", ",", "ainsi", "que"})


def _own(entity: dict[str, Any] | None, state: str | None) -> bool:
    """Whether ``entity`` is an organisation acting under a code of its own, not the state's."""
    return (
        entity is not None
        and entity.get("type") == "ORG"
        and bool(entity.get("code"))
        and entity.get("code") != state
        and not is_country(entity)
    )


def named_after(f: Frame, tok: Token, entity: dict[str, Any]) -> list[Party]:
    """The organisations a demonym at ``tok`` qualifies (the parties to read in its place), or [] when it
    qualifies none: the name that follows it past other adjectives of the phrase, and the names coordinated with
    that one."""
    if not is_country(entity) or not tok.text[:1].islower():
        return []
    state = entity.get("code")
    doc, i = tok.doc, tok.i + 1
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].text[:1].islower() and f.mentions.entity(doc[i]) is None:
        i += 1  # "libanais chiite Hezbollah"
    found: list[Party] = []
    while i < len(doc) and f.inside(doc[i]):
        ent = f.mentions.entity(doc[i])
        if not _own(ent, state) or ent is None:
            break
        if all(p.entity is not ent for p in found):
            found.append(Party(ent, ent.get("sector")))
        span = f.mentions.span_of(doc[i])
        while i < len(doc) and f.mentions.span_of(doc[i]) == span and span is not None:
            i += 1  # past the name's other words
        while i < len(doc) and doc[i].lower_ in _JOINS:
            i += 1
    return found
