"""Coalitions named for the state that leads them: "the Saudi-led coalition", "a Russian-led alliance", "la coalition
menée par l'Arabie saoudite". News names such a group by its leader, and its annotators list the group, coded for the
leading state, not the state itself ("Saudi" there is no mention of Saudi Arabia).

A state (a country name or a demonym hit) glued by a hyphen to a ``led_after_state`` word ("led") and followed, over
adjectives, by a ``led_heads`` noun ("coalition", "alliance": the same word in English), or a ``led_heads`` noun
followed by a ``led_before_state`` phrase ("menée par", "dirigée par") and the state (``lang/<code>/entities.json``),
is one organisation: named as printed in the English order ("Saudi-led coalition"), else "{adj}-led {head}" from the
state's English adjective; mentioned by the whole phrase; its code and country are the state's. A later bare "the
coalition" is one more mention of it (:func:`.institutions.short_forms`)."""

from __future__ import annotations

from dataclasses import dataclass

from ..kb import norm, slug
from ..kbnorm import token_norm
from ..tree import text_of
from .scan import Hit
from .spans import glued
from .table import Article, EntityTable
from .words import words

#: Adjectives between "led" and the group noun ("the US-led international coalition", "la coalition internationale
#: menée par").
MAX_ADJECTIVES = 2


@dataclass(frozen=True)
class Led:
    """A group named for its leading state: tokens [i, j), the state's ISO-3 and the group's name; ``coded``: the
    group takes the state's code (a coalition), else only its country (a national society, :mod:`.societies`)."""

    i: int
    j: int
    code: str
    name: str
    coded: bool = True


def state_of(h: Hit) -> str | None:
    """The state a hit names: a demonym's, or a country's."""
    if h.kind == "demonym":
        return h.code
    if h.kind == "entity" and h.entries[0].kind == "country":
        return h.entries[0].code
    return None


def _english_order(art: Article, h: Hit) -> int:
    """End of "<state>-led [adjectives] <head>" after hit ``h``, or 0."""
    doc, w = art.doc, words()
    k = h.j
    if not (k + 1 < len(doc) and glued(doc, k) and token_norm(doc[k + 1]) in w.led_after_state):
        return 0
    for e in range(k + 2, min(len(doc), k + 3 + MAX_ADJECTIVES)):
        if token_norm(doc[e]) in w.led_heads:
            return e + 1
        if doc[e].pos_ != "ADJ":
            return 0
    return 0


def _french_order(art: Article, h: Hit) -> int:
    """Start of "<head> <participle> <by> [article] <state>" ending with hit ``h``, or -1."""
    doc, w = art.doc, words()
    k = h.i
    if k > 0 and token_norm(doc[k - 1]) in w.definite:
        k -= 1
    for n in (2, 3):  # "menée par": two tokens, three where the parse splits a word
        if k - n < 1 or norm(text_of(doc, k - n, k)) not in w.led_before_state:
            continue
        for e in range(k - n - 1, max(-1, k - n - 2 - MAX_ADJECTIVES), -1):  # "la coalition internationale menée"
            if token_norm(doc[e]) in w.led_heads:
                return e
            if doc[e].pos_ != "ADJ":
                break
    return -1


def led_groups(art: Article, hits: list[Hit]) -> tuple[list[Hit], list[Led]]:
    """The hits less the states that name a group they lead, and those groups (module docstring)."""
    doc, kb = art.doc, art.kb
    found: list[Led] = []
    for h in hits:
        code = state_of(h)
        if code is None:
            continue
        if end := _english_order(art, h):
            found.append(Led(h.i, end, code, text_of(doc, h.i, end)))
        elif (start := _french_order(art, h)) >= 0:
            adj = (kb.demonym_forms.get(code) or [code])[0]
            found.append(Led(start, h.j, code, f"{adj}-led {token_norm(doc[start])}"))
    inside = {t for g in found for t in range(g.i, g.j)}
    return [h for h in hits if not (state_of(h) and h.i in inside)], found


def led_entities(table: EntityTable, groups: list[Led]) -> None:
    """One organisation per group, mentioned by its phrase."""
    for g in groups:
        code = g.code if g.coded else None
        ent = table.entity(f"org:{slug(g.name)}", name=g.name, type="ORG", code=code, country=g.code)
        table.tok_mention(ent, g.i, g.j)
