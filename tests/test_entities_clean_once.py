"""A name span's cleaning is read once per Doc and span (entities.spans.clean, asked of each NER name by three
passes): the same answer as the walk itself (``_clean``) for every span of invented texts (articles, honorifics,
a hyphenated name, a bracket, trailing punctuation), asked twice, and read anew when the word lists change."""

from __future__ import annotations

import pytest

from veille.analysis import nlp
from veille.analysis.entities import spans
from veille.analysis.entities.words import words

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le général Paul Verdan et M. Kim Jong-un ont visité la Banque de Brévonne (BDB), selon l'AFP."),
        ("en", "The Lt Gen Ada Roe met Mr. Kim Jong-un at the Brevonne Development Bank (BDB), the mayor said."),
    ],
)
def test_entities_clean_once_same_spans(lang, text):
    doc = nlp.parse(text, lang)
    n = len(doc)
    pairs = [(i, j) for i in range(n) for j in range(i + 1, min(n, i + 7) + 1)]
    expected = {p: spans._clean(doc, *p, words()) for p in pairs}
    for _ in range(2):
        assert {p: spans.clean(doc, *p) for p in pairs} == expected
    kept = spans.per_doc(doc, spans.clean, spans._no_spans)
    kept[None] = object()  # the word lists read anew: what was kept goes
    kept[pairs[0]] = (0, 0)
    assert spans.clean(doc, *pairs[0]) == expected[pairs[0]]
