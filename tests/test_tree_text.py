"""The text of a Doc and of its spans cut from the Doc's text joined once (issue 17: the stages' cost) is what
spaCy's ``Doc.text`` and ``Span.text`` give: spaces, line breaks, words without a space after them, a word met
twice, and slices empty, reversed or out of bounds; the tokens and their capitals read once, and those starting in a
range of characters, are the Doc's."""

import pytest
import spacy
from spacy.tokens import Doc

from veille.analysis.tree import capitalised, doc_text, span_text, span_tokens, starting_in, text_of, tokens

VOCAB = spacy.blank("fr").vocab

DOCS = {
    "spaces": (
        ["Le", "ministre", "a", "dit", ":", "«", "Non", "»", "."],
        [True, True, True, False, True, False, False, False, False],
    ),
    "line breaks": (
        ["ALGER", "—", "Lundi", "\n\n", "Le", "préfet", "est", "parti", "."],
        [True, True, False, False, True, True, True, False, False],
    ),
    "a word twice": (["Oui", ",", "oui", "et", "oui", "!"], [False, True, True, True, False, False]),
    "one word": (["Kyiv"], [False]),
    "empty": ([], []),
}


def _doc(name: str) -> Doc:
    words, spaces = DOCS[name]
    return Doc(VOCAB, words=words, spaces=spaces)


@pytest.mark.parametrize("name", sorted(DOCS))
def test_tree_text_of_a_doc_is_spacy_s(name):
    doc = _doc(name)
    assert doc_text(doc) == doc.text


@pytest.mark.parametrize("name", sorted(DOCS))
def test_tree_text_of_every_slice_is_spacy_s(name):
    doc = _doc(name)
    n = len(doc)
    for start in range(-n - 2, n + 3):
        for end in range(-n - 2, n + 3):
            assert text_of(doc, start, end) == doc[start:end].text, (start, end)


def test_tree_text_of_a_span_is_spacy_s():
    doc = _doc("line breaks")
    for span in (doc[0:3], doc[3:4], doc[4:9], doc[8:9], doc[2:2]):
        assert span_text(span) == span.text


@pytest.mark.parametrize("name", sorted(DOCS))
def test_tree_text_tokens_and_capitals_are_the_doc_s(name):
    doc = _doc(name)
    assert [t.i for t in tokens(doc)] == [t.i for t in doc] and all(t.doc is doc for t in tokens(doc))
    assert list(capitalised(doc)) == [t.text[:1].isupper() for t in doc]
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert [t.i for t in span_tokens(doc[start:end])] == [t.i for t in doc[start:end]]


@pytest.mark.parametrize("name", sorted(DOCS))
def test_tree_text_tokens_starting_in_a_range_are_spacy_s(name):
    doc = _doc(name)
    n = len(doc.text)
    for start in range(-1, n + 2):
        for end in range(start - 1, n + 3):
            assert [t.i for t in starting_in(doc, start, end)] == [t.i for t in doc if start <= t.idx < end]
