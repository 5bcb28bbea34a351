"""An organisation named by its own noun with, as the noun's complement, the body it belongs to (« le Conseil de
sécurité de l'ONU », « la mission des Nations unies au Soudan du Sud », « la Commission de l'Union africaine »)
mentions that body too, in languages whose lexicon says so (``entities.json`` ``parent_in_complement``: French,
whose real-news golds list the body beside its organ; English compounds, "the UN Security Council", name the organ
alone). The complement opens with a word of ``of`` (and an article of ``of_determiners``); the longest run of its
words the knowledge base knows as another organisation is the body's mention. A mention that is the body's own
name (« l'Organisation des Nations unies ») names no other."""

from __future__ import annotations

from ..kbnorm import token_norm
from ..tree import text_of
from .table import Article, EntityTable
from .words import parent_in_complement, words


def _body_at(art: Article, own: str, k: int, j: int) -> tuple[str, int] | None:
    """The organisation other than ``own`` named by the longest run of tokens from k that ends by j, with its end."""
    for end in range(j, k, -1):
        found = [e for e in art.kb.lookup(text_of(art.doc, k, end), art.lang) if e.kind == "org" and e.id != own]
        if found:
            return found[0].id, end
    return None


def complement_parents(art: Article, table: EntityTable) -> None:
    """Add to the table the body named in the complement of each organisation's mention (see the module)."""
    if not parent_in_complement(art.lang):
        return
    doc, w = art.doc, words()
    found: list[tuple[str, int, int]] = []
    for ent in table.ents.values():
        if ent["type"] != "ORG":
            continue
        for m in ent["mentions"]:
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is None or len(span) < 3:
                continue
            for t in span[1:-1]:
                if token_norm(t) not in w.of:
                    continue
                k = t.i + 1
                if k < span.end and token_norm(doc[k]) in w.of_det:
                    k += 1
                body = _body_at(art, ent["id"], k, span.end) if k < span.end else None
                if body:
                    found.append((body[0], k, body[1]))
                    break
    for eid, i, j in found:
        table.mention(table.kb_entity(art.kb.entries[eid]), doc[i].idx, doc[j - 1].idx + len(doc[j - 1]))
