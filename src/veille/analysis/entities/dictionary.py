"""The words of a language's dictionary, as the entity rules read them to tell a name from a common word: a name
word the NER left out (:mod:`.name_edges`), a name printed after a portfolio (:mod:`.scan`)."""

from __future__ import annotations

import functools

from ... import lang
from .. import nlp


@functools.cache
def dictionary(code: str) -> frozenset[str]:
    """The words of language ``code``'s dictionary: every word of its spaCy lemmatizer's index (nouns, verbs,
    adjectives, adverbs; empty where the pipeline has no rule lemmatizer)."""
    pipeline = nlp.load(code)
    if nlp.LEMMA_COMPONENT not in pipeline.pipe_names:
        return frozenset()
    lookups = pipeline.get_pipe(nlp.LEMMA_COMPONENT).shipped.lookups
    if not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(w for ws in lookups.get_table("lemma_index").values() for w in ws)


lang.on_change(dictionary.cache_clear)
