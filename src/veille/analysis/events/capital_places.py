"""A capital named by its noun (issue 13, event locations): after a locative preposition, the noun of a capital
(the language's events.json ``capital_nouns``: "capital", « capitale ») names the city printed beside it ("in the
Kenyan capital, Nairobi", "in the capital Nairobi", « dans la capitale Nairobi »), else the capital
(``kb/capitals.tsv``) of the state that qualifies it ("in the Kenyan capital", "in the capital of Kenya", "in
Kenya's capital", « dans la capitale kényane », « dans la capitale du Kenya »); a noun that names
neither ("in the capital", "in the nation's capital", « dans la capitale du pays ») is the capital of the state the
text tells (``placetime.main_state``)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from ...datafiles import DATA, read_rows
from ...record import Place
from .. import kb
from ..tree import children
from .frame import Frame
from .parties import is_country, is_state

#: the relations of a name printed beside the noun ("the capital, Nairobi", "the capital Nairobi")
_NAMED = ("appos", "compound", "flat", "flat:name", "nmod", "npadvmod", "nummod")


def capital_place(f: Frame, tok: Token, home: Callable[[Frame], str | None]) -> dict[str, Any] | None:
    """The city the capital noun ``tok`` names, as a place entity, or None (module docstring). The caller asks
    whether ``tok`` is locative; ``home`` gives the state the text tells (for a noun that names none)."""
    if tok.lemma_.lower() not in f.cues["capital_nouns"] or f.mentions.entity(tok) is not None:
        return None
    named = [k for k in children(tok) if k.dep_ in _NAMED or k.dep_ == "amod" or k.dep_ == "poss"]
    genitive = f.cues["genitive_preps"]
    named += [g for p in children(tok) if p.dep_ == "prep" and p.lower_ in genitive for g in children(p)]
    for k in named:
        ent = f.mentions.entity(k)
        if ent is not None and ent.get("type") == "GPE" and not is_state(ent) and k.dep_ in _NAMED:
            return ent  # "the capital, Nairobi"
    codes = [ent.get("code") for k in named if (ent := f.mentions.entity(k)) is not None and is_country(ent)]
    if not codes and not any(f.mentions.entity(k) is not None for k in named):
        codes = [home(f)]  # "in the capital", "in the nation's capital": the state the text tells
    code = next((c for c in codes if c in capitals()), None)
    if code is None:
        return None
    city = capital(str(code))
    return {"id": city["id"], "name": city["name"], "type": "GPE", "country": code}


@functools.cache
def capitals() -> dict[str, str]:
    """ISO-3 -> the name of the state's capital (``kb/capitals.tsv``)."""
    rows = read_rows(DATA / "kb" / "capitals.tsv")
    return {r[0].strip(): r[1].strip() for r in rows if len(r) >= 2}


def capital(code: str) -> Place:
    """The capital of ``code`` as an event's place: the knowledge base's city, else its name alone (a fresh dict
    each call: an event's place is its own)."""
    return dict(_capital(code))  # type: ignore[return-value]


@functools.cache
def _capital(code: str) -> Place:
    name = capitals()[code]
    entry = next((e for e in kb.load().lookup(name, "en") if e.kind == "city" and e.code == code), None)
    if entry is not None:
        return {"id": entry.id, "name": entry.name, "code": code}
    return {"id": None, "name": name, "code": code}
