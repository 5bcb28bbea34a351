"""A ministry named by its bare noun where the text names its minister (issue 12, stop 42): « le ministère »,
"the ministry" with no ministry named before is the ministry of the minister named last with his portfolio and
state ("le ministre tchadien de l'Intérieur, X, … a indiqué le ministère": Chad's interior ministry). The
portfolio is read from the role's canonical English name ("foreign minister") as a body surface of bodies.tsv
("foreign ministry"), so the two files stay the one place of that knowledge. A body noun with words of its own
after it (« le ministère public », « le ministère de la Culture ») is no bare mention (:func:`bare`).
"""

from __future__ import annotations

from ..kb import Body
from ..kbnorm import token_norm
from .scan import Hit
from .table import Article
from .words import words

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


__all__ = ["bare", "portfolio_body"]
