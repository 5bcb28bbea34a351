"""What is computed once per Doc (tree.per_doc) and the honorific test that reads it (invented sentences)."""

from __future__ import annotations

import pytest

from veille.analysis import nlp, tree
from veille.analysis.entities.spans import honorific_end, short_network

pytestmark = pytest.mark.e2e


def test_per_doc_computes_once_per_doc_and_key():
    calls = []

    def make(doc):
        calls.append(doc)
        return len(calls)

    first, second = nlp.parse("One sentence.", "en"), nlp.parse("Another one.", "en")
    assert tree.per_doc(first, "k", make) == 1
    assert tree.per_doc(first, "k", make) == 1
    assert tree.per_doc(second, "k", make) == 2
    assert tree.per_doc(first, "other", make) == 3
    assert tree.per_doc(first, "k", make) == 1


@pytest.mark.parametrize(
    ("lang", "text", "at", "end"),
    [
        ("fr", "Selon M. Vautrin, rien n'a changé.", 1, 2),
        ("en", "Field Army Lt Gen Ralph Roe spoke.", 2, 4),
        ("en", "Mr Okafor said so.", 0, 1),
        ("en", "Ms. Okafor said so.", 0, 1),
        ("en", "Lt. Col. Ada Roe spoke.", 0, 4),  # the periods printed apart
        ("fr", "Il me l'a dit.", 1, 1),  # "me" is no "Me"
        ("en", "The general spoke.", 1, 1),  # not capitalised
        ("en", "Gen", 5, 5),  # past the end
    ],
)
def test_honorific_end_from_the_docs_starts(lang, text, at, end):
    doc = nlp.parse(text, lang)
    assert honorific_end(doc, at) == end


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [("She wrote on X that it was over.", 3, True), ("She wrote X on the wall.", 2, False)],
)
def test_short_network_reads_the_docs_tokens(text, at, expected):
    doc = nlp.parse(text, "en")
    assert short_network(doc, at) is expected
