"""The organisation a body belongs to, printed inside the body's name: "le Conseil de sécurité de l'ONU", "the UN
Security Council", "l'Assemblée générale des Nations unies", "la Mission des Nations unies pour la stabilisation
en Haïti". The French real-news golds list the parent as an entity of its own, with that inner name as its
mention; the English ones do not ("the United Nations Security Council" is one entity): ``entities.json``
``parent_in_name_listed``. :func:`parent_mentions` adds it in a language that lists it (the body keeps the whole
name). Only a parent of the knowledge base (orgs.tsv, column parent) whose own name the knowledge base reads inside
the body's is mentioned so."""

from __future__ import annotations

from ... import lang as _lang
from ..tree import text_of
from .scan import Hit
from .table import Article, EntityTable


def parent_mentions(art: Article, table: EntityTable, hits: list[Hit]) -> None:
    """A mention of each hit body's parent organisation over its name inside the body's (module docstring)."""
    if not _listed(art.lang):
        return
    doc, kb = art.doc, art.kb
    for h in hits:
        if h.kind != "entity" or not h.entries or not h.entries[0].parent:
            continue
        parent = kb.entry_for_code(h.entries[0].parent)
        if parent is None or parent.kind != "org":
            continue
        inner = next(
            (
                (a, b)
                for a in range(h.i, h.j)
                for b in range(h.j, a, -1)
                if (a, b) != (h.i, h.j) and parent in kb.lookup(text_of(doc, a, b), art.lang)
            ),
            None,
        )
        if inner is not None:
            first, last = doc[inner[0]], doc[inner[1] - 1]
            table.mention(table.kb_entity(parent), first.idx, last.idx + len(last))


def _listed(code: str) -> bool:
    """Does language ``code`` list a parent printed inside its body's name?"""
    return code in _lang.codes() and bool(_lang.get(code).json("entities.json").get("parent_in_name_listed"))
