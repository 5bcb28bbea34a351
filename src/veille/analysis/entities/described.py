"""A region named as what a state belongs to: "the Pacific nation", "the Pacific island nation of Norvia", "the
wealthy Gulf kingdom", "the Caribbean nation", "les pays des Caraïbes", "le royaume du Golfe", "la nation insulaire
du Pacifique". The phrase describes a state (named before or after it); the region is no mention, and the
real-news golds list none (:func:`described_states`). The state nouns are data of each language
(``lang/<code>/entities.json``: ``state_nouns_after`` in English, printed lowercase after the region, with a
``state_noun_modifiers`` word between, "island"; ``state_nouns_before`` in French, before a ``state_noun_links``
preposition and the region). Only a region of the knowledge base (``places.tsv``, kind ``region``) or a span the
NER reads over the region and the noun ("Gulf kingdom", "pays des Caraïbes") is dropped: "Kano state", "the
Rakhine state government" name a subdivision, "the Baltic states" is a region of its own, and the region named
alone ("ships crossed the Pacific") stays."""

from __future__ import annotations

from spacy.tokens import Doc

from ..kb import norm
from .scan import Hit
from .table import Article, NerSpan
from .words import words

#: At most this many link words between a French state noun and its region ("du", "de la", "de l'").
_MAX_LINKS = 2


def _noun_after(doc: Doc, j: int) -> int | None:
    """The end of an English state noun printed lowercase at ``j`` (after a modifier: "island nation"), or None."""
    w = words()
    if j < len(doc) and doc[j].text in w.state_noun_modifiers:
        j += 1
    if j < len(doc) and doc[j].text in w.state_nouns_after:
        return j + 1
    return None


def _noun_before(doc: Doc, i: int) -> bool:
    """Is a French state noun printed before token ``i``, across its preposition ("pays des", "royaume du")?"""
    w = words()
    k, links = i - 1, 0
    while k >= 0 and links < _MAX_LINKS and norm(doc[k].text) in w.state_noun_links:
        k, links = k - 1, links + 1
    if not links:
        return False
    if k >= 0 and doc[k].text.lower() in w.state_noun_modifiers:
        k -= 1
    return k >= 0 and doc[k].text.lower() in {n.lower() for n in w.state_nouns_before}


def _describes(doc: Doc, i: int, j: int) -> bool:
    """Do the tokens [i, j) name a region a state noun qualifies?"""
    return _noun_after(doc, j) is not None or _noun_before(doc, i)


def _described_span(doc: Doc, i: int, j: int) -> bool:
    """Is the NER span [i, j) a region and its state noun read together ("Gulf kingdom", "pays des Caraïbes")?"""
    w = words()
    if j - i >= 2 and doc[j - 1].text in w.state_nouns_after and doc[i].text[:1].isupper():
        return not any(t.text in w.state_nouns_after for t in doc[i : j - 1])
    if doc[j - 1].text in w.state_noun_modifiers and _noun_after(doc, j - 1):  # "Pacific island" + "nations"
        return doc[i].text[:1].isupper()
    if doc[i].text[:1].isupper() and doc[i].text.isalpha() and (end := _noun_after(doc, j)) is not None:
        return doc[end - 1].text not in w.state_nouns_subdivided  # "Caribbean" + "nation"; not "Kano" + "state"
    if doc[i].text.lower() not in {n.lower() for n in w.state_nouns_before}:
        return False
    k = i + 1
    if k < j and doc[k].text.lower() in w.state_noun_modifiers:
        k += 1
    links = 0
    while k < j and links < _MAX_LINKS and norm(doc[k].text) in w.state_noun_links:
        k, links = k + 1, links + 1
    return bool(links) and k < j and doc[k].text[:1].isupper()


def _region_described(art: Article, hits: list[Hit], span: NerSpan) -> bool:
    """Is the NER span a region of the knowledge base's hits that a state noun qualifies ("Caribbean nation")?"""
    i, j, _ = span
    return any(
        h.i == i and h.j == j and h.kind == "entity" and h.entries and h.entries[0].kind == "region" for h in hits
    ) and _describes(art.doc, i, j)


def described_states(art: Article, hits: list[Hit], ner: list[NerSpan]) -> tuple[list[Hit], list[NerSpan]]:
    """The hits of regions and the NER spans that only describe a state (module docstring) dropped, with the
    region hits inside a dropped span."""
    doc = art.doc

    def region(h: Hit) -> bool:  # a region, or a context alias of one ("Gulf"); not an organisation's ("Quad")
        return h.kind in ("entity", "context") and bool(h.entries) and h.entries[0].kind == "region"

    def known(i: int, j: int) -> bool:  # the knowledge base names something else there ("Quad countries")
        return any(h.kind in ("entity", "context") and not region(h) and i <= h.i and h.j <= j for h in hits)

    dropped = [(i, j) for i, j, _ in ner if _described_span(doc, i, j) and not known(i, j)]
    ner = [s for s in ner if (s[0], s[1]) not in dropped and not _region_described(art, hits, s)]
    hits = [
        h
        for h in hits
        if not (region(h) and (_describes(doc, h.i, h.j) or any(a <= h.i and h.j <= b for a, b in dropped)))
    ]
    return hits, ner
