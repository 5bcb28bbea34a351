"""A token's ancestors read from the Doc's table (tree.ancestors): the same heads in the same order as spaCy's
``Token.ancestors``, nearest first, with the same values, and none for a root (invented sentences)."""

from __future__ import annotations

import pytest

from veille.analysis import nlp
from veille.analysis.tree import ancestors, verb_above

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le ministre valdorien Paul Verdan, arrivé mardi à Brévonne, a condamné les frappes contre le port."),
        ("fr", "Elle a refusé de dire si la Norvie allait rappeler son ambassadeur. Puis elle est partie."),
        ("en", "The mayor of Vesk, Ada Roe, said on Monday that the bridge, closed since May, would reopen."),
        ("en", "Rain."),  # a token alone: a root, no ancestor
    ],
)
def test_tree_ancestors_matches_spacy(lang, text):
    doc = nlp.parse(text, lang)
    for tok in doc:
        ours, theirs = list(ancestors(tok)), list(tok.ancestors)
        assert [t.i for t in ours] == [t.i for t in theirs], tok.text
        assert [(t.pos_, t.dep_, t.lemma_) for t in ours] == [(t.pos_, t.dep_, t.lemma_) for t in theirs]
        above = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        assert (verb_above(tok) or tok).i == (above or tok).i  # the nearest verb above, as before


def test_tree_ancestors_of_a_root_is_empty():
    doc = nlp.parse("Rain.", "en")
    roots = [t for t in doc if t.head.i == t.i]
    assert roots and all(list(ancestors(t)) == [] for t in roots)
