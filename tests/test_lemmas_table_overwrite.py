"""The lemma table with a lemmatizer that overwrites: every token gets the lemma the lemmatizer computes, the one
an earlier component set included (invented sentences)."""

from __future__ import annotations

import pytest

from veille.analysis import nlp

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text",
    [
        "They were gon na win the vote in Northbrook.",
        "The ferries of Dunmore had crossed the river twice.",
        "Nobody saw them, but they saw everybody.\n\n  It is what it is.",
        "She said she would go.",
    ],
)
def test_lemma_table_overwrites_every_lemma_as_the_lemmatizer_does(monkeypatch, text):
    model = nlp.load("en")
    table = model.get_pipe(nlp.LEMMA_COMPONENT)
    with model.select_pipes(disable=[nlp.LEMMA_COMPONENT]):
        mine, theirs = model(text), model(text)
    assert table.usable
    monkeypatch.setattr(table.lemmatizer, "overwrite", True)
    table._table.clear()
    for _ in range(2):  # learnt on the first pass, read from the table on the second
        got = [t.lemma_ for t in table(mine.copy())]
        assert got == [t.lemma_ for t in table.lemmatizer(theirs.copy())]
