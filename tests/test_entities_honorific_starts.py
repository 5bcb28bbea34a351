"""The tokens where an honorific may start, read once per Doc (entities.spans.honorific_starts): honorific_end
answers k at every other token k, so the passes that skip those tokens find the same honorifics (invented
sentences, near misses among them: "me" is no "Me", a capitalised word that opens none)."""

from __future__ import annotations

import pytest

from veille.analysis import nlp
from veille.analysis.entities.spans import clean, honorific_before, honorific_end, honorific_starts

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("lang", "text", "titled"),
    [
        ("fr", "M. Paul Verdan et Me Ada Roe ont parlé ; le Lt Col. Jean Marlo aussi, mais pas me Lune.", True),
        ("en", "Mr Paul Verdan met Dr. Ada Roe and Lt Gen Tom Vesk; Gen Z voters stayed home.", True),
        ("en", "Nobody here has a title at all.", False),
    ],
)
def test_entities_honorific_starts_hold_every_honorific(lang, text, titled):
    doc = nlp.parse(text, lang)
    starts = honorific_starts(doc)
    assert any(honorific_end(doc, k) > k for k in starts) is titled
    for k in range(len(doc)):
        if k not in starts:
            assert honorific_end(doc, k) == k, doc[k].text
    for i in range(len(doc)):
        before = next((b for b in range(max(0, i - 4), i) if honorific_end(doc, b) == i), i)
        assert honorific_before(doc, i) == before
        for j in range(i + 1, min(len(doc), i + 6) + 1):
            assert clean(doc, i, j) == _clean_every_token(doc, i, j)


def _clean_every_token(doc, i, j):
    """``clean`` as it read before the honorific starts: honorific_end asked at every token."""
    from veille.analysis.entities.spans import glued, words
    from veille.analysis.kbnorm import token_norm

    w, toks = words(), list(doc)
    for b in range(max(0, i - 3), i):
        if i < (end := honorific_end(doc, b)) < j:
            i = end
    while i < j:
        if token_norm(toks[i], accents=True) in w.leading or toks[i].is_punct or toks[i].is_space:
            i += 1
            continue
        end = honorific_end(doc, i)
        if not i < end <= j:
            break
        i = end
    j = next((k for k in range(i + 1, j) if toks[k].is_bracket), j)
    while j > i and (
        toks[j - 1].is_punct
        or toks[j - 1].is_space
        or token_norm(toks[j - 1], accents=True) in w.leading
        and not (j - i > 2 and glued(doc, j - 2))
        or token_norm(toks[j - 1]) in w.possessives_norm
    ):
        j -= 1
    return i, j
