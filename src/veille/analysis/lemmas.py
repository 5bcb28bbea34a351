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

A lemma the table has not met is computed by a second lemmatizer of the same class and tables (:func:`_indexed`),
whose word index is a set per part of speech where spaCy's is a list: the rule lemmatizers of both languages test
whether a word, and each form their suffix rules make of it, is in that index (``form in index``): a scan of up to
66,000 French nouns or 57,000 English ones, ~350 microseconds a new French word. Membership is all they ask of the
index, so a set gives the same lemmas (the tests compare both on every word of the corpora's parses); on the first,
cold, parse of 92 French texts the lemmatizer was 42% of the parse, 15% of the English one. The shipped lemmatizer
is left as it is (bench/throughput.py times it as spaCy's own).
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
        # the lemmatizer that computes a new lemma; its cache (spaCy's, unbounded) is emptied with the table
        self._computer = _indexed(lemmatizer) if self.usable else None
        self._columns = [ORTH, POS, MORPH, LEMMA]
        self._lemma = [LEMMA]
        self._table: dict[bytes, int] = {}  # (orth, pos, morph), the bytes of their uint64s -> the lemma's hash

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
            self._computer.cache.clear()
        strings = doc.vocab.strings
        values = doc.to_array(self._columns)  # orth, pos, morph, lemma
        lemmas = values[:, 3].copy()
        # the tokens to lemmatise: all of them, or those without a lemma (set by the attribute ruler)
        todo = numpy.arange(len(doc)) if lemmatizer.overwrite else numpy.flatnonzero(lemmas == 0)
        if len(todo):
            # (orth, pos, morph) of each as bytes, the table's key (one object per token, made by numpy)
            keys = numpy.ascontiguousarray(values[todo, :3], dtype="uint64").view("V24").ravel().tolist()
            get = table.get
            found = [get(key) for key in keys]
            if None in found:
                for k, hit in enumerate(found):
                    if hit is None:
                        i = int(todo[k])
                        found[k] = table.get(keys[k]) or table.setdefault(
                            keys[k], strings.add(self._computer.lemmatize(doc[i])[0])
                        )
            lemmas[todo] = found
        doc.from_array(self._lemma, lemmas.reshape(-1, 1))
        return doc


def _indexed(lemmatizer: Any) -> Any:
    """A lemmatizer of the class, mode and tables of ``lemmatizer``, its word index (``lemma_index``) a set per part
    of speech instead of a list (the same membership; its own cache)."""
    from spacy.lookups import Lookups

    copy = type(lemmatizer)(
        lemmatizer.vocab, lemmatizer.model, lemmatizer.name, mode=lemmatizer.mode, overwrite=lemmatizer.overwrite
    )
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == INDEX_TABLE:
            table = _set_table(table)
        lookups.set_table(name, table)
    copy.lookups = lookups
    copy._validate_tables()
    return copy


def _set_table(table: Any) -> Any:
    """A copy of the lookups ``table`` with each list value as a frozenset (the keys are the table's own hashes; the
    table sized by its entries: a table made empty gets a bloom filter of ~18 MB)."""
    from spacy.lookups import Table

    data = {key: frozenset(value) if isinstance(value, list) else value for key, value in table.items()}
    return Table(name=table.name, data=data)


#: The lookups table the rule lemmatizers only test membership in
INDEX_TABLE = "lemma_index"
