"""A ministry named by its bare noun where the text names its minister (issue 12, stop 42): « le ministère »,
"the ministry" with no ministry named before is the ministry of the minister named last with his portfolio and
state ("le ministre tchadien de l'Intérieur, X, … a indiqué le ministère": Chad's interior ministry). The
portfolio is read from the role's canonical English name ("foreign minister") as a body surface of bodies.tsv
("foreign ministry"), so the two files stay the one place of that knowledge. A body noun with words of its own
after it (« le ministère public », « le ministère de la Culture ») is no bare mention (:func:`bare`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..kb import Body
from ..kbnorm import token_norm
from .scan import Hit
from .table import Article
from .words import bare_bodies_as_sources, source_verbs, words

#: The word of a canonical English role (roles.tsv) and of the body it heads (bodies.tsv): "foreign minister" ->
#: "foreign ministry".
_ROLE_WORD, _BODY_WORD = "minister", "ministry"


def bare(art: Article, h: Hit) -> bool:
    """Is body hit ``h`` a bare definite mention: an article before it, and after it neither an adjective nor a
    complement ("le ministère public", "la présidence de l'Union")?"""
    doc, w = art.doc, words()
    if h.i == 0 or token_norm(doc[h.i - 1]) not in w.definite:
        return False
    k = h.j
    return k >= len(doc) or not (doc[k].pos_ == "ADJ" or token_norm(doc[k]) in w.of)


#: Dependency labels of a clause's subject, active or passive, in the models' schemes.
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})

#: Marks that close a statement before the incise naming its source.
_CLOSERS = frozenset({",", "»", '"', "”"})


def as_source(art: Article, h: Hit) -> bool:
    """Is bare body hit ``h`` named as a source: the subject of an incise closing a statement ("…, précise la
    gendarmerie", "…, police said"), the subject of a speech verb with its reported clause ("Police said that…",
    entities.json ``source_verbs``), after a source preposition ("selon la présidence", "according to the military",
    ``source_prepositions``) or the complement of a statement's or a spokesperson's noun ("un communiqué de la
    présidence", ``source_nouns``)? Not "candidat à la présidence", "la fin de la présidence", "la présidence Lula",
    nor the subject of a clause of its own ("the presidency accused…"): a body of default ``source`` (bodies.tsv)
    stands for the home state's only so, where its language's entities.json says so (``bare_bodies_as_sources``:
    French the gendarmerie and the presidency, English the forces). A surface of default ``cited`` (English "police")
    may be named with no article ("…, police said"): with no word of its own before it, it is bare too
    (:func:`plain`)."""
    doc, w = art.doc, words()
    assert h.body is not None
    if not bare_bodies_as_sources(art.lang, h.body.key) or (h.j < len(doc) and doc[h.j].pos_ == "PROPN"):
        return False
    if bare(art, h):
        first = h.i - 1  # the article
    elif h.body.cited and plain(art, h):
        first = h.i
    else:
        return False
    root = doc[h.i : h.j].root
    if _incise_subject(root, first) or _speech_subject(art, root):
        return True
    if first > 0 and token_norm(doc[first - 1]) in w.source_prepositions:
        return True
    if first > 1 and f"{token_norm(doc[first - 2])} {token_norm(doc[first - 1])}" in w.source_prepositions:
        return True  # "according to police"
    if first == h.i:
        return False
    k = first
    if token_norm(doc[k]) not in w.of:  # "de la présidence"; "du" is article and preposition at once
        k -= 1
    return k > 0 and token_norm(doc[k]) in w.of and token_norm(doc[k - 1]) in w.source_nouns


#: Dependency labels of the words that qualify a noun before it: a body noun with one is no bare mention.
_QUALIFIERS = frozenset({"det", "amod", "compound", "poss", "nmod:poss", "nummod", "nmod"})


def plain(art: Article, h: Hit) -> bool:
    """Is body hit ``h`` a bare definite mention (:func:`bare`) or a noun with no article and no word of its own
    before it ("…, police said", "Police said"), neither with a word after it that names another body ("police
    officers", "police in Lagos", "Police Service")? A body of default ``cited`` is named so only."""
    doc, w = art.doc, words()
    if h.j < len(doc) and (doc[h.j].pos_ in ("NOUN", "PROPN", "ADJ") or token_norm(doc[h.j]) in w.of | w.in_):
        return False
    if bare(art, h):
        return True
    root = doc[h.i : h.j].root
    if any(c.dep_ in _QUALIFIERS and c.i < root.i for c in root.children):
        return False
    return h.i == 0 or not (doc[h.i - 1].pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "DET") or doc[h.i - 1].tag_ == "POS")


def cited_alone(art: Article, hits: list[Hit]) -> list[Hit]:
    """``hits`` without those of a body of default ``cited`` (bodies.tsv: English "police") that a proper name holds
    ("Maldives Police Service", "Border Police", "Kenya Police"): such a surface names its body only bare, and the
    name is the recogniser's to read."""
    doc = art.doc

    def held(h: Hit) -> bool:
        return (h.j < len(doc) and doc[h.j].pos_ == "PROPN") or (h.i > 0 and doc[h.i - 1].pos_ == "PROPN")

    return [h for h in hits if not (h.kind == "body" and h.body is not None and h.body.cited and held(h))]


def _speech_subject(art: Article, root: Token) -> bool:
    """Is ``root`` the subject of a speech verb of ``source_verbs`` that has its reported clause ("Police said
    that…", "the military said on Sunday it had…")?"""
    verb = root.head
    return (
        root.dep_ in _SUBJECTS
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in source_verbs(art.lang)
        and any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children)
    )


def _incise_subject(root: Token, article: int) -> bool:
    """Is ``root``, the head of a bare body whose article is token ``article``, the subject of an incise closing a
    statement? Inverted, right after its verb, which has no other subject (the parser may read it as the verb's
    object), a comma or a closing quotation mark before the verb's words ("…, indique la gendarmerie dans sa
    note", "…, a indiqué la présidence"); or before its verb, after such a mark, the statement the verb's
    clausal complement before it ("…, the presidency said")."""
    doc, verb = root.doc, root.head
    if verb.pos_ != "VERB":
        return False
    if verb.i < root.i:
        if verb.i != article - 1 or any(c.dep_ in _SUBJECTS and c.i != root.i for c in verb.children):
            return False
        start = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i)])
        return start > 0 and doc[start - 1].text in _CLOSERS
    return (
        root.dep_ in _SUBJECTS
        and article > 0
        and doc[article - 1].text in _CLOSERS
        and any(c.dep_ in {"ccomp", "parataxis"} and c.i < article for c in verb.children)
    )


def portfolio_body(art: Article, h: Hit, hits: list[Hit]) -> tuple[Body, str] | None:
    """The body and state of the ministry of the minister named last before bare ministry hit ``h`` with a
    portfolio and a state, or None (no such minister, or the last one's portfolio is no body of bodies.tsv)."""
    if not bare(art, h):
        return None
    ministers = [x for x in hits if x.kind == "role" and x.j <= h.i and x.role and _ROLE_WORD in x.role.role]
    if not ministers:
        return None
    last = ministers[-1]
    assert last.role is not None
    words_ = last.role.role.split()
    if words_[-1] != _ROLE_WORD or len(words_) < 2:
        return None
    body = art.kb.body(" ".join([*words_[:-1], _BODY_WORD]), "en")
    code = last.code or next((x.code for x in hits if x.kind == "demonym" and x.j == last.i), None)
    if body is None or code is None:
        return None
    return body, code


__all__ = ["bare", "cited_alone", "plain", "portfolio_body"]
