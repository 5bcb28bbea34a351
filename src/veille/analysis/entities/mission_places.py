"""A state's embassy named only as the place where something happens, an adjunct of place ("outside the Turkish
embassy in Stockholm", "at the Greek embassy", « réfugié à l'ambassade du Mexique », « devant l'ambassade de
France »), is a place of the story, no organisation acting in it: the real-news golds leave it out and list the
embassy that acts, speaks, is asked or is closed. The preposition is one of ``entities.json``
``place_prepositions`` (read for the article's own language) governing the mission's noun: its object ("pobj") in
English, its case marker on an adjunct of place ("obl:mod") in French, where « à » also gives to a recipient
(« remis une note à l'ambassade »: "nmod", "obl:arg"). An embassy with any other mention stays."""

from __future__ import annotations

from spacy.tokens import Token

from ... import lang as langs
from ..tree import text_of
from .bodies import MISSIONS
from .table import Article, EntityTable
from .words import FILE

#: French dependency of an adjunct of place (an adjunct of the verb, not one of its arguments).
_ADJUNCT = "obl:mod"


def _prepositions(code: str) -> frozenset[str]:
    return frozenset(langs.get(code).json(FILE).get("place_prepositions", []))


def _mission_noun(art: Article, i: int, j: int) -> Token | None:
    """The last token of the mission's noun ("embassy", "high commission", « ambassade ») among tokens [i, j)."""
    for k in range(i, j):
        for end in (k + 2, k + 1):
            body = art.kb.body(text_of(art.doc, k, end), art.lang) if end <= j else None
            if body is not None and body.key in MISSIONS:
                return art.doc[end - 1]
    return None


def _as_place(noun: Token, preps: frozenset[str]) -> bool:
    if noun.dep_ == "pobj":
        return noun.head.lower_ in preps
    return noun.dep_ == _ADJUNCT and any(c.dep_ == "case" and c.lower_ in preps for c in noun.children)


def mission_places(art: Article, table: EntityTable) -> None:
    """Drop from the table each embassy whose every mention names it as a place (see the module)."""
    preps = _prepositions(art.lang)
    if not preps:
        return
    for eid, ent in list(table.ents.items()):
        if not eid.startswith("body:") or not ent["mentions"]:
            continue
        nouns = []
        for m in ent["mentions"]:
            span = art.doc.char_span(m["start"], m["end"], alignment_mode="expand")
            nouns.append(_mission_noun(art, span.start, span.end) if span is not None else None)
        if all(n is not None and _as_place(n, preps) for n in nouns):
            del table.ents[eid]
