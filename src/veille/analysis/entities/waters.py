"""A body of water named by its type word, "of" and a name ("the Gulf of Guinea", "the Bay of Bengal", "le golfe
d'Aden", "la baie du Bengale"; ``entities.json`` ``water_heads``) is one place under that whole name. Without it
the knowledge base read the words inside: a context alias ("the Gulf", the Persian Gulf's) and the state or region
after "of", each a mention of its own. A name the knowledge base knows ("Strait of Hormuz", "mer du Japon") is left
to it."""

from __future__ import annotations

from ..kbnorm import norm_positions, token_norm
from ..tree import capital_word, text_of, tokens
from .scan import Hit
from .table import Article, NerSpan
from .words import words

#: Most capitalised words of the name after "of".
MAX_NAME_WORDS = 4


def _name_end(art: Article, k: int) -> int:
    """The end of the run of capitalised words (over inner hyphens) starting at token k."""
    toks, j = tokens(art.doc), k
    while j < len(toks) and j - k < MAX_NAME_WORDS:
        t = toks[j]
        if capital_word(t):
            j += 1
        elif j > k and t.text == "-" and not toks[j - 1].whitespace_ and j + 1 < len(toks):
            j += 1
        else:
            break
    while j > k and not toks[j - 1].is_alpha:
        j -= 1
    return j


def _water_spans(art: Article) -> list[tuple[int, int]]:
    doc, kb, w = art.doc, art.kb, words()
    found = []
    toks = tokens(doc)
    for t in (toks[i] for i in norm_positions(doc, w.water_heads)):  # a head's positions only
        if t.i + 2 >= len(doc):
            continue
        if not t.text[:1].isupper() and not (t.i > 0 and "Def" in doc[t.i - 1].morph.get("Definite", [])):
            continue  # "a sea of flags": a common noun; "le golfe de Guinée", "the Gulf of Aden": a name
        k = t.i + 1
        if token_norm(doc[k]) not in w.of:
            continue
        k += 1
        if k < len(doc) and token_norm(doc[k]) in w.of_det:
            k += 1
        j = _name_end(art, k)
        if j > k and not kb.lookup(text_of(doc, t.i, j), art.lang) and not kb.demonym(text_of(doc, k, j), art.lang):
            found.append((t.i, j))
    return found


def water_names(art: Article, hits: list[Hit], ner: list[NerSpan]) -> tuple[list[Hit], list[NerSpan]]:
    """Each body of water named by its type word and "of" as one place span; the hits and NER spans inside it (or
    across its start: "the Gulf") dropped."""
    spans = _water_spans(art)
    if not spans:
        return hits, ner

    def inside(i: int, j: int) -> bool:
        return any(i < b and a < j for a, b in spans)

    hits = [h for h in hits if h.kind == "role" or not inside(h.i, h.j)]
    ner = [s for s in ner if not inside(s[0], s[1])] + [(a, b, "LOC") for a, b in spans]
    return hits, sorted(ner)
