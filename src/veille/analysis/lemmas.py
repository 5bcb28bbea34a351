"""spaCy's ``lemmatizer`` as a table lookup: the same lemmas, each computed once per distinct token.

The rule and lookup lemmatizers of spaCy give a token a lemma from its text, part of speech and morphology alone
(the French one from its text and part of speech), but they make a ``Token`` object of every token of every Doc,
read its values one by one and set its lemma one by one (``token.lemma_ = ...``), where the lemma was learnt long
ago: spaCy remembers the lemma (by text and part of speech, and morphology in English), not the walk. A new word's
first lemma is costly too (the French rules are tried suffix by suffix, ~65 microseconds a word), but it is spaCy's
own function that computes it here, once. :class:`LemmaTable` reads a Doc's (text, part of speech, morphology,
lemma) columns with one ``Doc.to_array``, looks each token up in a table of the lemmas given so far, asks the
lemmatizer itself (its ``lemmatize``, with its cache) for those it has not met, and writes the lemmas with one
``Doc.from_array``. A token that already has a lemma (set by the attribute ruler's exceptions) keeps it, as the
lemmatizer leaves it (unless it is set to overwrite).

The table is used only for the rule and lookup modes (a function of those values); otherwise the lemmatizer runs.
"""

from __future__ import annotations

from typing import Any

import numpy

from ..config import LEMMA_TABLE_MAX


class LemmaTable:
    """A spaCy component giving a Doc the lemmas ``lemmatizer`` (a spaCy ``Lemmatizer``) would, by table lookup."""

    def __init__(self, lemmatizer: Any) -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        self.lemmatizer = lemmatizer
        self.usable = lemmatizer.mode in ("rule", "lookup")
        self._columns = [ORTH, POS, MORPH, LEMMA]
        self._lemma = [LEMMA]
        self._table: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> the lemma's hash

    @property
    def shipped(self) -> Any:
        """The component this one stands for (spaCy's lemmatizer)."""
        return self.lemmatizer

    def __call__(self, doc):
        lemmatizer = self.lemmatizer
        if not self.usable or not len(doc) or not lemmatizer._validated:
            return lemmatizer(doc)  # the first Doc: the lemmatizer checks its tables
        table = self._table
        if len(table) > LEMMA_TABLE_MAX:
            table.clear()
        overwrite, strings = lemmatizer.overwrite, doc.vocab.strings
        out = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array(self._columns).tolist()):
            if lemma and not overwrite:
                out.append(lemma)
                continue
            found = table.get((orth, pos, morph))
            if found is None:
                found = table[orth, pos, morph] = strings.add(lemmatizer.lemmatize(doc[i])[0])
            out.append(found)
        doc.from_array(self._lemma, numpy.array(out, dtype="uint64").reshape(-1, 1))
        return doc
