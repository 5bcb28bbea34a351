"""Hyphenated compounds of capitalised words (:func:`hyphen_compounds`): a pair of parties, one name, or neither.

* A **pair** ("la guerre Israël-Hamas", "the U.S.-Russia relationship", "l’axe Dakar-Bamako"): two of its parts or
  more are names the knowledge base or the gazetteer knows, and none is a nationality adjective or a compass word.
  Each part is its own name: the knowledge base's parts keep their hits, a gazetteer city is a place, the others
  are organisations (the party facing a state), and no entity is made of the compound itself.
* **One name** ("Loire-Atlantique", "Colombie-Britannique", "Liban-Sud", "Saxe-Anhalt"): a part is a nationality
  adjective or a compass word (``entities.json``, ``compass``), or no part is a state. No knowledge-base match
  inside it is a mention ("Atlantique" is no Atlantic Ocean there, "Britannique" no British).
* **Neither** ("Radio-Canada", "Port-Soudan": a state and a common word): left to the NER, which reads an
  organisation or a place named after the state.

A compound that is itself a name of the knowledge base or the gazetteer ("Guinée-Bissau", "Port-au-Prince") is
left to them."""

from __future__ import annotations

from spacy.tokens import Doc

from ..kb import LANGS, KnowledgeBase, norm
from ..tree import capital_word, text_of, tokens
from .scan import Hit, in_any_language
from .spans import glued
from .table import Article, NerSpan
from .words import words


def _compounds(doc: Doc) -> list[tuple[int, int]]:
    """Token spans [a, b) of capitalised words joined by glued hyphens, two words or more."""
    out, k, toks = [], 0, tokens(doc)
    n = len(toks)
    while k < n:
        if capital_word(toks[k]):
            b = k + 1
            while b + 1 < n and glued(doc, b) and toks[b + 1].text[:1].isupper():
                b += 2
            if b > k + 1:
                out.append((k, b))
            k = b
        else:
            k += 1
    return out


def _state(kb: KnowledgeBase, text: str) -> bool:
    return any(e.kind == "country" for lg in LANGS for e in kb.lookup(text, lg))


def _known(kb: KnowledgeBase, text: str) -> bool:
    """A name of the knowledge base (in any language) or a gazetteer city."""
    return in_any_language(text, kb.lookup) or kb.city(text) is not None


def _is_name(kb: KnowledgeBase, text: str, lang: str) -> bool:
    return bool(kb.lookup(text, lang) or kb.city(text) or kb.subdivision(text))


def _kind(kb: KnowledgeBase, parts: list[str]) -> str | None:
    """ "pair", "one" (one name) or None (neither: "Radio-Canada", "Port-Soudan" are left to the NER)."""
    adjective = any(in_any_language(p, kb.demonym) or norm(p) in words().compass for p in parts)
    if not adjective and sum(_known(kb, p) for p in parts) >= 2:
        return "pair"
    if adjective or not any(_state(kb, p) for p in parts):
        return "one"
    return None


def hyphen_compounds(art: Article, hits: list[Hit], ner: list[NerSpan]) -> tuple[list[Hit], list[NerSpan]]:
    """The hits and NER spans with hyphenated compounds read as pairs or as one name (module docstring)."""
    doc, kb = art.doc, art.kb
    drop_hits: set[int] = set()
    for a, b in _compounds(doc):
        parts = list(range(a, b, 2))
        # a name of its own ("Loire-Atlantique") is one name: it holds no Atlantic
        kind = "one" if _is_name(kb, text_of(doc, a, b), art.lang) else _kind(kb, [doc[p].text for p in parts])
        if kind == "one":  # the names and adjectives inside it, not a role word spanning it ("Secretary-General")
            drop_hits.update(
                id(h)
                for h in hits
                if a <= h.i and h.j <= b and (h.i, h.j) != (a, b) and h.kind in ("entity", "demonym")
            )
        if kind != "pair":
            continue
        known = {h.i for h in hits if h.kind == "entity" and h.j == h.i + 1 and a <= h.i < b}
        ner = [s for s in ner if not (s[0] < b and a < s[1])]
        ner += [(p, p + 1, "LOC" if kb.city(doc[p].text) else "ORG") for p in parts if p not in known]
    # one token holding a pair ("U.S.-Russia"): no entity of its own
    ner = [
        (i, j, lab)
        for i, j, lab in ner
        if not (j == i + 1 and "-" in doc[i].text and _kind(kb, doc[i].text.split("-")) == "pair")
    ]
    return [h for h in hits if id(h) not in drop_hits], ner
