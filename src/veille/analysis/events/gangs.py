"""Unnamed gangs as one side of an act: « des gangs armés ont attaqué trois villages », « des policiers tués par
les gangs », "gangs stormed the prison". Such groups have no name to look up, and the text names no organisation
they would stand for, but the real-news golds code every unnamed gang under one actor code (``GANGS``), whoever they
act on or suffer, as they do when gangs fight each other (:mod:`.rival_groups`, events.json ``rival_groups``, whose
nouns and codes this reads): a noun of such groups is that party, unless its own phrase names an entity (« le gang
de X », a named gang)."""

from __future__ import annotations

from spacy.tokens import Token

from .blocs import names_party
from .frame import Frame
from .parties import Party


def gang_party(f: Frame, tok: Token) -> list[Party]:
    """The unnamed gangs that the noun ``tok`` names, as one party (code of ``rival_groups``); else []."""
    groups: dict[str, str] = f.cues["rival_groups"]
    word = tok.lower_ if tok.lower_ in groups else tok.lemma_.lower() if tok.lemma_.lower() in groups else None
    if word is None or tok.pos_ != "NOUN" or names_party(f, tok):
        return []
    return [Party({"id": None, "name": word, "type": "GROUP", "code": groups[word]}, "REB")]
