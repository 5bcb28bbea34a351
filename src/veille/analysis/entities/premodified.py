"""A body of the knowledge base named inside the longer name of another body (issue 12): a country's "National
Security Council", « le Haut Conseil de sécurité » of a state, are no United Nations Security Council, though
their names end (or hold) one of its names. The NER reads one organisation over the capitalised words printed
before the knowledge base's name, which the scan read alone: the name the NER gives, from its first such word to
the end of the known name, is an organisation of its own, and the known name inside it no mention of the known
body.

The words before the known name must be capitalised words of letters in the NER's span of one organisation,
printed on the known name's line right before it, naming nothing of the knowledge base (a state, a demonym, a
known body: "UN Security Council" is a name of the Council, "Russian Security Council" the scan reads as a
demonym and the Council), no function word ("The Security Council" opens a sentence) and no month ("the March
European Council" is the Council's meeting of that month). A name in capitals
alone (a credit line: "NATIONAL PRESS AGENCY") is left as it was; what the NER's span holds after the known name
("Coordinator for the Middle East") is no part of the body's name."""

from __future__ import annotations

from spacy.tokens import Token

from ..dates import is_month
from ..tree import tokens
from .scan import Hit
from .spans import FUNCTION_POS
from .table import Article, NerSpan


def _modifier(t: Token, held: set[int], lang: str) -> bool:
    """Whether ``t`` may open the longer name: a capitalised word of letters, not in capitals alone, held by no
    hit of the knowledge base, no function word nor month ("the March European Council": a meeting's date), on the
    line of the word after it."""
    return (
        t.is_alpha
        and not is_month(lang, t.text)
        and t.text[:1].isupper()
        and not t.text.isupper()
        and t.i not in held
        and t.pos_ not in FUNCTION_POS
        and "\n" not in t.whitespace_
    )


def premodified_bodies(art: Article, hits: list[Hit], ner: list[NerSpan]) -> tuple[list[Hit], list[NerSpan]]:
    """The hits and NER spans, a known body's name held by the NER in a longer organisation's name after
    capitalised words of its own (module docstring) dropped from the hits, the span cut to the longer name."""
    toks = tokens(art.doc)
    held = {t for h in hits for t in range(h.i, h.j)}
    drop: set[int] = set()
    spans: dict[NerSpan, NerSpan] = {}
    for span in ner:
        i, j, label = span
        if label != "ORG":
            continue
        for h in hits:
            if not (h.kind == "entity" and h.entries[0].kind == "org" and i < h.i and h.j <= j):
                continue
            k = h.i
            while k > i and _modifier(toks[k - 1], held, art.lang):
                k -= 1
            if k < h.i:
                drop.add(id(h))
                spans[span] = (k, h.j, "ORG")
                break
    return [h for h in hits if id(h) not in drop], [spans.get(s, s) for s in ner]
