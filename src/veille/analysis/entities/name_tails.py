"""A French body's long name that the NER ended before its lowercase tail (« le Conseil national » of « le Conseil
national pour la sauvegarde de la patrie (CNSP) », « la Conférence des chefs d'Etat » of « … et de gouvernement de
la Cedeao », « le Comité des minorités ethniques » of « … du Vietnam », « l'Assemblée nationale » of « … nationale
vietnamienne »): the name runs on over the tail when something closes it as a name.

The NER span opens on a body's head noun (``entities.json`` ``tail_heads``) and names nothing the knowledge base
knows. Its tail, printed right after it, is a run of complements, each a preposition of ``tail_prepositions``
(maybe after « et », maybe followed by an article) and the nouns and adjectives of its phrase. The run is a name's
only where it is closed: by a state or an organisation of the knowledge base in a complement of « de » (« du
Vietnam », « de la Cedeao »), by a state's adjective (« vietnamienne »), or by an acronym in brackets whose letters
spell the name's words (« (CNSP) »). An open run is no name's (« le Conseil fédéral de renoncer », « le Comité de
coordination de la Maison Blanche »: a seat, no state). The closing state or organisation is no mention of
its own there: the state is the body's (its code), the organisation its parent (:mod:`.complement_parents`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..kbnorm import token_norm
from ..tree import text_of, tokens
from .acronyms import ACRONYM, initials_in
from .scan import Hit
from .table import Article
from .words import words

#: Parts of speech of the words of a complement's phrase (« la sauvegarde de la patrie », « Affaires religieuses »).
_PHRASE_POS = ("NOUN", "ADJ")


@dataclass
class Tail:
    """The end of a name run over its tail, the hits inside the tail that it takes, and the state closing it."""

    end: int
    hits: list[Hit] = field(default_factory=list)
    code: str | None = None


def _closing(by_start: dict[int, Hit], k: int) -> Hit | None:
    """A state or an organisation of the knowledge base named from token k."""
    h = by_start.get(k)
    if h is None or h.kind != "entity" or h.entries[0].kind not in ("country", "org"):
        return None
    return h


def _spelled(art: Article, i: int, k: int) -> bool:
    """Does an acronym in brackets printed at token k spell the words of the name [i, k) (its first letter the
    head's, the initials of its nouns and adjectives in order)?"""
    doc = art.doc
    if k >= len(doc) or doc[k].text != "(":
        return False
    m = ACRONYM.match(art.text, doc[k].idx)
    if m is None:
        return False
    abbr = m.group(1)
    content = [t.text for t in doc[i:k] if t.pos_ in (*_PHRASE_POS, "PROPN") and len(t.text) > 2]
    return bool(content) and abbr[0].lower() == content[0][0].lower() and initials_in(content, abbr)


def name_tail(art: Article, by_start: dict[int, Hit], hits: list[Hit], i: int, j: int) -> Tail | None:
    """The tail that closes the name of NER span [i, j), or None (see the module)."""
    doc, kb, w = art.doc, art.kb, words()
    toks = tokens(doc)
    if j >= len(doc) or token_norm(toks[i]) not in w.tail_heads or kb.lookup(text_of(doc, i, j), art.lang):
        return None
    if any(h.i < j and h.j > i and not (h.i == i and h.j == i + 1 and h.kind in ("body", "context")) for h in hits):
        return None  # a known body (« ministère des Affaires étrangères »), a state or a name inside: other passes'
    k = j
    taken: list[Hit] = []
    while k < len(doc):
        start = k + 1 if token_norm(toks[k]) in w.coordinators else k
        if start >= len(doc) or token_norm(toks[start]) not in w.tail_prepositions:
            break
        m = start + 1
        if m < len(doc) and token_norm(toks[m]) in w.articles:
            m += 1
        # a coordinated complement names no state or organisation: « le Conseil fédéral et de la France »
        closing = _closing(by_start, m) if token_norm(toks[start]) in w.of and start == k else None
        if closing is not None:
            code = closing.entries[0].code if closing.entries[0].kind == "country" else None
            return Tail(closing.j, [*taken, closing], code)
        e = m
        while e < len(doc) and toks[e].pos_ in _PHRASE_POS and toks[e].is_alpha:
            h = by_start.get(e)
            if h is not None and (h.kind != "body" or h.j != e + 1):
                break  # a known name, a demonym or a role: no common word of the phrase
            if h is not None:
                taken.append(h)
            e += 1
        if e == m:
            break
        k = e
    demonym = by_start.get(k)
    if demonym is not None and demonym.kind == "demonym" and toks[k].is_lower:
        return Tail(demonym.j, [*taken, demonym], demonym.code)
    if k > j and _spelled(art, i, k):
        return Tail(k, taken)
    return None
