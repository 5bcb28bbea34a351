"""A name the NER read across a slash (:func:`slash_sides`): a credit's photographer and agency ("Jane Roe/Daily
Ledger", "AP Photo/Jane Roe"), or two media ("Pacific Ledger / News Desk", "(AP/Ledger)"), are no one name; the
real-news golds list each (issue 12)."""

from __future__ import annotations

from ..kb import norm
from ..kbnorm import token_norm
from ..tree import text_of
from .spans import clean
from .table import Article, NerSpan
from .words import words


def slash_sides(art: Article, i: int, j: int, label: str) -> list[NerSpan]:
    """The names on either side of a slash inside the NER span [i, j) ("Jane Roe/Daily Ledger", "Pacific Ledger /
    News Desk", "(AP/Ledger)"): a credit's photographer and agency, or two media, are no one name. Each side that
    opens with a capitalised word is a span of its own, but a credit's marker ("FILE", "Pool": ``credit_markers``);
    a name of two to four words after a credit word ("AP Photo/Jane Roe") or before a medium the knowledge base
    knows ("Jane Roe/Reuters") is the photographer, a person. A name the knowledge base knows whole ("RFE/RL") and
    a span without a slash token are left as they are."""
    doc, kb = art.doc, art.kb
    cuts = [k for k in range(i + 1, j - 1) if doc[k].text == "/"]
    if not cuts or kb.lookup(text_of(doc, i, j), art.lang):
        return [(i, j, label)]
    sides = [clean(doc, a + 1 if a > i else a, b) for a, b in zip([i, *cuts], [*cuts, j], strict=True)]
    sides = [(a, b) for a, b in sides if a < b and doc[a].text[:1].isupper()]
    sides = [(a, b) for a, b in sides if norm(text_of(doc, a, b)) not in words().credit_markers]

    def medium(a: int, b: int) -> bool:
        return any(e.sector == "MED" for e in kb.lookup(text_of(doc, a, b), art.lang))

    out: list[NerSpan] = []
    for n, (a, b) in enumerate(sides):
        photographer = (
            2 <= b - a <= 4
            and all(t.is_alpha and t.text[:1].isupper() for t in doc[a:b])
            and not kb.lookup(text_of(doc, a, b), art.lang)
            and (
                n > 0
                and token_norm(doc[sides[n - 1][1] - 1]) in kb.credit_cues
                or n + 1 < len(sides)
                and medium(*sides[n + 1])
            )
        )
        out.append((a, b, "PERSON" if photographer else label))
    return out
