"""The tokens of a Doc's table (issue 17: the stages' cost) are Words whose kept values are spaCy's Token's own: text,
lower-cased form, lemma, their hashes, part of speech, dependency label, morphology, position, Doc and head, for
parsed, unparsed and crossing trees; a root's head is itself, as a Token of its own; a let-go table leaves no
reference cycle (its Doc is freed at once)."""

import gc
import sys

import pytest
import spacy
from spacy.tokens import Doc, Token

from veille.analysis import tree
from veille.analysis.tree import WORD_VALUES, Word, children, span_tokens, tokens

VOCAB = spacy.blank("fr").vocab

DOCS = {
    # "La ministre Léa Marchand a reçu lundi son homologue à Dakar ."
    "parsed": (
        ["La", "ministre", "Léa", "Marchand", "a", "reçu", "lundi", "son", "homologue", "à", "Dakar", "."],
        [1, 5, 1, 2, 5, 5, 5, 8, 5, 10, 5, 5],
        ["det", "nsubj", "appos", "flat:name", "aux", "ROOT", "obl", "det", "obj", "case", "obl", "punct"],
        ["DET", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "NOUN", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        ["le", "ministre", "Léa", "Marchand", "avoir", "recevoir", "lundi", "son", "homologue", "à", "Dakar", "."],
        ["Definite=Def|Gender=Fem|Number=Sing|PronType=Art", "Gender=Fem|Number=Sing", "", "", "Mood=Ind|Tense=Pres"]
        + ["Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"]
        + [""] * 6,
    ),
    # crossing arcs (0-2 and 1-3), two roots, a word met twice
    "crossing": (
        ["Elle", "le", "vit", "partir", "partir", "!"],
        [2, 3, 2, 2, 4, 4],
        ["nsubj", "obj", "ROOT", "xcomp", "ROOT", "punct"],
        ["PRON", "PRON", "VERB", "VERB", "VERB", "PUNCT"],
        ["il", "le", "voir", "partir", "partir", "!"],
        None,
    ),
    # no parse: no head, no label, no lemma
    "unparsed": (["Paris", "BERLIN", "Rome"], None, None, None, None, None),
    "empty": ([], None, None, None, None, None),
}


def _doc(name: str) -> Doc:
    words, heads, deps, pos, lemmas, morphs = DOCS[name]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, morphs=morphs)


@pytest.mark.parametrize("name", sorted(DOCS))
def test_tree_words_keep_spacy_s_values(name):
    doc = _doc(name)
    words = tokens(doc)
    assert [w.i for w in words] == [t.i for t in doc]
    for word, tok in zip(words, doc, strict=True):
        assert type(word) is Word and word == tok and hash(word) == hash(tok)
        assert {v: getattr(word, v) for v in WORD_VALUES} == {v: getattr(tok, v) for v in WORD_VALUES}
        assert word.head == tok.head and word.head.i == tok.head.i
        assert str(word.morph) == str(tok.morph) and word.morph.get("Number") == tok.morph.get("Number")


@pytest.mark.parametrize("name", sorted(DOCS))
def test_tree_words_heads_and_children_are_words_but_a_root_s_head(name):
    doc = _doc(name)
    for word in tokens(doc):
        if word.head.i == word.i:
            assert type(word.head) is Token and word.head is not word  # spaCy's: a Token of its own
        else:
            assert word.head is tokens(doc)[word.head.i]
        assert all(type(k) is Word for k in children(word))
    assert all(type(w) is Word for w in span_tokens(doc[1:]))


@pytest.mark.parametrize("name", sorted(DOCS))
def test_tree_words_hold_no_cycle(name):
    doc = _doc(name)
    before = sys.getrefcount(doc)
    tokens(doc)
    assert sys.getrefcount(doc) > before
    enabled = gc.isenabled()
    gc.disable()
    try:
        tree._trees.clear()
        tree._last = None
        assert sys.getrefcount(doc) == before  # freed by reference counting alone
    finally:
        if enabled:
            gc.enable()
