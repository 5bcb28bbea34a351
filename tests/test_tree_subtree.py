"""A token's subtree read from the Doc's table (tree.subtree): the same tokens in the same order as spaCy's
``Token.subtree``, the token itself first of its own phrase as spaCy gives it (invented sentences)."""

from __future__ import annotations

import pytest

from veille.analysis import nlp
from veille.analysis.tree import subtree

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le ministre valdorien Paul Verdan, arrivé mardi à Brévonne, a condamné les frappes contre le port."),
        ("fr", "Les deux pays ont signé un accord, que la Norvie a salué, et ont promis de le respecter."),
        ("en", "The mayor of Vesk, Ada Roe, said on Monday that the bridge, closed since May, would reopen."),
        ("en", "Rain."),  # a token alone: its subtree is itself
    ],
)
def test_tree_subtree_matches_spacy(lang, text):
    doc = nlp.parse(text, lang)
    for tok in doc:
        assert [t.i for t in subtree(tok)] == [t.i for t in tok.subtree], tok.text
        assert [t.dep_ for t in subtree(tok)] == [t.dep_ for t in tok.subtree]
        assert subtree(tok)[[t.i for t in subtree(tok)].index(tok.i)] is tok  # the token given, as spaCy yields it
