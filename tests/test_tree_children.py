"""The children table of a parse (issue 17: the stages' cost) gives what spaCy's ``Token.children`` gives: the same
tokens in the same order, for projective and crossing trees, for each of several Docs read in turn, and after a
Doc's table was let go."""

import pytest
import spacy
from spacy.tokens import Doc

from veille.analysis import tree
from veille.analysis.tree import TREES_KEPT, children

VOCAB = spacy.blank("en").vocab

TREES = {
    # "The minister of Norway met her counterpart on Monday ."
    "projective": (
        ["The", "minister", "of", "Norway", "met", "her", "counterpart", "on", "Monday", "."],
        [1, 4, 1, 2, 4, 6, 4, 4, 7, 4],
    ),
    # the prepositional phrase hung on the subject, over the verb: "A hearing was held yesterday on the dispute"
    "over the root": (
        ["A", "hearing", "was", "held", "yesterday", "on", "the", "dispute"],
        [1, 3, 3, 3, 3, 1, 7, 5],
    ),
    # crossing arcs (0-2 and 1-3): "She him saw leave", word for word a Dutch subordinate clause
    "crossing": (["She", "him", "saw", "leave"], [2, 3, 2, 2]),
    # no parse: every token its own head, no children
    "flat": (["Paris", "Berlin", "Rome"], [0, 1, 2]),
    "one word": (["Kyiv"], [0]),
}


def _doc(name: str) -> Doc:
    words, heads = TREES[name]
    return Doc(VOCAB, words=words, heads=heads, deps=["dep"] * len(words))


@pytest.mark.parametrize("name", sorted(TREES))
def test_tree_children_are_spacy_children_in_order(name):
    doc = _doc(name)
    for _ in range(2):  # asked again: from the table, the same
        assert [[k.i for k in children(t)] for t in doc] == [[k.i for k in t.children] for t in doc]


def test_tree_children_of_docs_read_in_turn_and_of_a_doc_let_go():
    docs = [_doc(name) for name in sorted(TREES)] * 2 + [_doc("crossing") for _ in range(TREES_KEPT + 1)]
    for doc in docs + docs[::-1]:  # more Docs than the tables kept: the first ones are made again
        assert [[k.i for k in children(t)] for t in doc] == [[k.i for k in t.children] for t in doc]
    assert len(tree._trees) <= TREES_KEPT


def test_tree_children_are_tokens_of_the_doc():
    doc = _doc("projective")
    kids = children(doc[4])
    assert [k.text for k in kids] == ["minister", "counterpart", "on", "."]
    assert all(k.doc is doc and k == doc[k.i] for k in kids)


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le ministre des Affaires étrangères, qui était arrivé lundi à Rabat, a rencontré son homologue."),
        ("en", "The envoy, who had flown to Oslo on Monday, said talks would resume, officials told reporters."),
    ],
)
def test_tree_children_of_a_parse(lang, text):
    from veille.analysis import nlp

    doc = nlp.parse(text, lang)
    assert [[k.i for k in children(t)] for t in doc] == [[k.i for k in t.children] for t in doc]
