"""The knowledge-base scan tries only the tokens that may start a hit (entities.scan._starts: a key opening a KB
surface, or the token before a demonym's key): the same hits as trying every token (invented sentences)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from veille.analysis.context import TextContext
from veille.analysis.entities import scan as scanmod
from veille.analysis.entities.table import Article

VOCAB = spacy.blank("fr").vocab


def _every_start(idx: scanmod.Index, keys: list[str]) -> list[int]:
    return list(range(len(keys)))


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fr", ["le", "Premier", "ministre", "japonais", "a", "parlé"]),  # a role, then a demonym
        ("fr", ["Le", "ministère", "russe", "de", "la", "Défense", "dément"]),  # a body split by a nationality
        ("fr", ["Selon", "le", "ministère", "russe"]),  # the demonym last: no split tried
        ("fr", ["Il", "pleut", "sur", "la", "ville", "."]),  # no hit at all
        ("en", ["The", "French", "foreign", "minister", "met", "the", "United", "Nations", "chief"]),
        ("en", ["russian", "russian", "russian"]),  # demonyms in a row, the first token before one
    ],
)
def test_entities_scan_starts_same_hits_as_every_token(lang, words, monkeypatch):
    doc = Doc(VOCAB, words=words)
    kb = Article(TextContext.of(doc, lang), None).kb
    found = [(h.kind, h.i, h.j) for h in scanmod.scan(doc, kb, lang)]
    starts = scanmod._starts(scanmod.index(kb, lang), [scanmod.token_norm(t) for t in doc])
    assert starts == sorted(set(starts))  # in text order, each once
    monkeypatch.setattr(scanmod, "_starts", _every_start)
    assert [(h.kind, h.i, h.j) for h in scanmod.scan(doc, kb, lang)] == found
