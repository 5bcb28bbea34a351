"""The verb of the clause a token is in (:func:`veille.analysis.tree.verb_above`): the nearest verb or auxiliary
among its ancestors, skipping nouns and prepositions on the way; None at a root or where no verb is above."""

import pytest
import spacy
from spacy.tokens import Doc

from veille.analysis.tree import verb_above

VOCAB = spacy.blank("en").vocab

# "Talks were held ahead of the summit in Valdor ."  (invented)
WORDS = ["Talks", "were", "held", "ahead", "of", "the", "summit", "in", "Valdor", "."]
HEADS = [2, 2, 2, 2, 3, 6, 4, 6, 7, 2]
POS = ["NOUN", "AUX", "VERB", "ADV", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]


def _doc() -> Doc:
    return Doc(VOCAB, words=WORDS, heads=HEADS, pos=POS, deps=["dep"] * len(WORDS))


@pytest.mark.parametrize(
    "word, verb",
    [
        ("Valdor", "held"),  # through "in", "summit", "of", "ahead"
        ("summit", "held"),
        ("Talks", "held"),
        ("were", "held"),  # an auxiliary's own verb
        ("held", None),  # the root: nothing above
    ],
)
def test_tree_verb_above_is_the_nearest_verbal_ancestor(word, verb):
    doc = _doc()
    found = verb_above(doc[WORDS.index(word)])
    assert (found.text if found is not None else None) == verb


def test_tree_verb_above_a_noun_phrase_with_no_verb_is_none():
    doc = Doc(
        VOCAB,
        words=["the", "summit", "in", "Valdor"],
        heads=[1, 1, 1, 2],
        pos=["DET", "NOUN", "ADP", "PROPN"],
        deps=["dep"] * 4,
    )
    assert verb_above(doc[3]) is None


def test_tree_verb_above_takes_an_auxiliary_head():
    # "It is in Valdor": the copula heads the clause
    doc = Doc(
        VOCAB,
        words=["It", "is", "in", "Valdor"],
        heads=[1, 1, 1, 2],
        pos=["PRON", "AUX", "ADP", "PROPN"],
        deps=["dep"] * 4,
    )
    assert verb_above(doc[3]).text == "is"
