"""The tokens where an honorific may start, read once per Doc (entities.spans.honorific_starts): honorific_end
answers k at every other token k, so the passes that skip those tokens find the same honorifics (invented
sentences, near misses among them: "me" is no "Me", a capitalised word that opens none). ``clean`` reads
honorific_end only at those tokens: the invariant below is what keeps its spans those of every token."""

from __future__ import annotations

import pytest

from veille.analysis import nlp
from veille.analysis.entities.spans import honorific_before, honorific_end, honorific_starts

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
