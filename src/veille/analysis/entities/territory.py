"""Bodies of a territory named by their word alone: "Dans le Finistère, ... la préfecture relève...", "En
Ille-et-Vilaine, ..., selon la préfecture". French news names a prefecture by its word once the story is in its
department: a bare definite ``bare_territory_bodies`` word (``lang/<code>/entities.json``; a ``body`` word of
``data/kb/place_words.tsv``, which names it) is the body of the territory the text has set itself in last, a place
printed after one of the ``territory_markers`` ("en Vendée", "dans le Finistère", "la Vendée": a department or
region; a city takes "à", a state is a country of the knowledge base and never such a territory), within
:data:`TERRITORY_SENTENCES` sentences. A body of that word named after the territory ("la préfecture de
Loire-Atlantique ... la préfecture") is left to :func:`.institutions.short_forms`. Quotes then read the mention
("selon la préfecture": the Prefecture of Ille-et-Vilaine)."""

from __future__ import annotations

from ..kb import norm, slug
from ..kbnorm import token_norm
from ..tree import text_of
from .institutions import bare_definites, holds
from .table import Article, EntityTable
from .words import words

#: The territory is named in the body word's sentence or in the two before it: a story moves from one department
#: to the next paragraph by paragraph ("En Vendée, ... selon la préfecture. En Ille-et-Vilaine, ...").
TERRITORY_SENTENCES = 3
#: Longest bare body word, in tokens.
MAX_WORD_TOKENS = 3


def _territories(art: Article, table: EntityTable) -> list[tuple[int, str]]:
    """(start, name) of each place mention printed after a territory marker, in text order."""
    doc, w = art.doc, words()
    found = []
    for ent in table.ents.values():
        if ent["type"] not in ("LOC", "GPE") or ent["id"].startswith("kb:"):
            continue
        for m in ent["mentions"]:
            if m.get("field", table.field) != table.field or not m["text"][:1].isupper():
                continue  # "parc à Chaînes": a street or facility, no territory
            span = doc.char_span(m["start"], m["start"] + 1, alignment_mode="expand")
            if span is not None and span.start > 0 and token_norm(doc[span.start - 1]) in w.territory_markers:
                found.append((m["start"], ent["name"]))
    return sorted(found)


def territory_bodies(art: Article, table: EntityTable) -> None:
    """Each bare definite territory body word ("la préfecture") becomes a mention of the body of the territory
    named last before it (module docstring); the body is created if the text has not named it in full."""
    doc, kb, w = art.doc, art.kb, words()
    if not w.bare_territory_bodies:
        return
    territories: list[tuple[int, str]] | None = None
    for span in bare_definites(art, table, w.bare_territory_bodies, MAX_WORD_TOKENS):
        i, j = span.start, span.end
        word = norm(text_of(doc, i, j))
        template = kb.place_bodies.get(word)
        if territories is None:
            territories = _territories(art, table)
        at, first = doc[i].idx, art.sent_start(max(0, i - 1))
        for _ in range(TERRITORY_SENTENCES - 1):
            first = art.sent_start(max(0, first - 1))
        scope = doc[first].idx
        place = [(s, name) for s, name in territories if scope <= s < at]
        named = max((holds(e, word, at) for e in table.ents.values() if e["type"] == "ORG"), default=-1)
        if template is None or not place or named > place[-1][0]:
            continue
        name = template.format(place=place[-1][1])
        table.tok_mention(table.entity(f"org:{slug(name)}", name=name, type="ORG"), i, j)
