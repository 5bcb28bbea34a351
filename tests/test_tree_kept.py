"""The Doc tables kept (tree.TREES_KEPT): an article's body, headline and captions, read in the stages' order (the
body, each side text, the body again, each side text again), each get their table made once (invented texts)."""

from __future__ import annotations

import pytest
import spacy

from veille.analysis import tree


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("fr")


def _made(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    made: list[int] = []
    original = tree.Tree.__init__

    def counted(self, doc):
        made.append(id(doc))
        original(self, doc)

    monkeypatch.setattr(tree.Tree, "__init__", counted)
    return made


@pytest.mark.parametrize("captions", [0, 1, 3, 6])
def test_tree_kept_an_article_read_in_the_stages_order_makes_each_table_once(monkeypatch, blank, captions):
    made = _made(monkeypatch)
    body = blank("Le maire de Brévonne a inauguré le pont mardi.\n\nLes travaux avaient duré deux ans.")
    sides = [blank("Un pont inauguré à Brévonne")] + [blank(f"Légende numéro {k} du pont.") for k in range(captions)]
    for _ in range(2):  # entities, then quotes and events
        tree.doc_text(body)
        for doc in sides:
            tree.doc_text(doc)
    assert len(made) == len(sides) + 1 == len(set(made))


def test_tree_kept_at_most_so_many(monkeypatch, blank):
    made = _made(monkeypatch)
    docs = [blank(f"Texte {k} inventé.") for k in range(tree.TREES_KEPT + 2)]
    for doc in docs:
        assert tree.doc_text(doc) == doc.text
    assert len(tree._trees) <= tree.TREES_KEPT
    tree.doc_text(docs[0])  # the oldest, forgotten: made again
    assert len(made) == len(docs) + 1
