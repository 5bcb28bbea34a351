"""The lemma table gives every token the lemma spaCy's own lemmatizer gives it (invented sentences)."""

from __future__ import annotations

import functools

import pytest

from veille.analysis import nlp

pytestmark = pytest.mark.e2e

# Invented sentences: nouns, verbs and adjectives in their inflections, words the attribute ruler lemmatises itself
# ("gon na", pronouns), the same word in two parts of speech, proper names, numbers and runs of spaces.
TEXTS = {
    "en": [
        "The ministers were meeting in Northbrook; they had met twice before and will meet again.",
        "I told you it was gon na rain. Her better plans were the best of the worst ones.",
        "Ada Pellworth's ferries crossed 12 rivers.\n\n  Nobody saw them, but they saw everybody.",
    ],
    "fr": [
        "Les ministres se réunissaient à Valbrune ; ils s'étaient réunis deux fois et se réuniront encore.",
        "La maire, Odile Serrat, a déclaré qu'elle ne se représenterait pas.\n\nLes plus belles routes sont fermées.",
        "  Les camions-citernes sont arrivés à Saint-Aubin-des-Prés.   Rien n'a bougé depuis 12 jours.\n",
    ],
}


@functools.cache
def _stock(lang: str):
    """The language's model as spaCy ships it (its lemmatizer), with Veille's paragraph breaks."""
    import spacy

    model = spacy.load(nlp.model_name(lang))
    model.add_pipe(nlp.PARAGRAPH_COMPONENT, before="parser")
    return model


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_lemma_table_gives_the_lemmatizers_lemmas(lang):
    ours = nlp.load(lang)
    assert nlp.LEMMATIZER_COMPONENT not in ours.pipe_names and nlp.LEMMA_COMPONENT in ours.pipe_names
    for _ in range(2):  # learnt on the first pass, read from the table on the second
        for mine, theirs in zip(ours.pipe(TEXTS[lang]), _stock(lang).pipe(TEXTS[lang]), strict=True):
            assert [(t.text, t.pos_, t.lemma_) for t in mine] == [(t.text, t.pos_, t.lemma_) for t in theirs]
            assert mine.to_bytes(exclude=["tensor"]) == theirs.to_bytes(exclude=["tensor"])


def test_lemma_table_keeps_a_lemma_set_before_it():
    from veille.analysis.lemmas import LemmaTable

    model = nlp.load("en")
    table = LemmaTable(_stock("en").get_pipe(nlp.LEMMATIZER_COMPONENT))
    doc = model.make_doc("They were meeting.")
    for name, proc in model.pipeline:
        if name == nlp.LEMMA_COMPONENT:
            break
        doc = proc(doc)
    doc[2].lemma_ = "rendezvous"  # as the attribute ruler's exceptions set a lemma
    _stock("en")("A first sentence.")  # the lemmatizer has checked its tables
    assert [t.lemma_ for t in table(doc)] == ["they", "be", "rendezvous", "."]


def test_lemma_table_runs_the_lemmatizer_in_another_mode():
    from veille.analysis.lemmas import LemmaTable

    class Lemmatizer:
        mode, overwrite, _validated = "pos_lookup", False, True

        def __call__(self, doc):
            doc[0].lemma_ = "ran by the lemmatizer"
            return doc

    doc = nlp.load("en").make_doc("Any text.")
    table = LemmaTable(Lemmatizer())
    assert not table.usable and table(doc)[0].lemma_ == "ran by the lemmatizer"


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("pos", ["NOUN", "VERB", "ADJ", "ADV", "PROPN", "AUX"])
def test_lemma_table_computes_a_new_lemma_as_the_lemmatizer_does(lang, pos):
    """The lemmatizer with its word index as sets gives the shipped one's lemmas, word forms of the index, forms its
    suffix rules make, and words of neither."""
    from spacy.tokens import Doc

    from veille.analysis.lemmas import INDEX_TABLE, _indexed

    shipped = _stock(lang).get_pipe(nlp.LEMMATIZER_COMPONENT)
    indexed = _indexed(shipped)
    assert isinstance(indexed.lookups.get_table(INDEX_TABLE).get(pos.lower(), frozenset()), frozenset)
    index = shipped.lookups.get_table(INDEX_TABLE).get(pos.lower(), [])
    known = [w for w in index[:: max(1, len(index) // 40)] if w.isalpha()][:40]
    words = known + [w + "s" for w in known] + [w + "ed" for w in known[:10]] + [w + "es" for w in known[:10]]
    words += ["Valbrune", "gon", "réaffirmeraient", "emails", "ministres", "Pellworth's", "12"]
    doc = Doc(shipped.vocab, words=words)
    for tok in doc:
        tok.pos_ = pos
        shipped.cache.clear()
        assert indexed.lemmatize(tok) == shipped.lemmatize(tok), tok.text


def test_lemma_table_empties_its_computers_cache_with_the_table(monkeypatch):
    from veille.analysis import lemmas

    table = nlp.load("en").get_pipe(nlp.LEMMA_COMPONENT)
    monkeypatch.setattr(lemmas, "LEMMA_TABLE_MAX", 3)
    nlp.load("en")("Ministers met in Northbrook and Valbrune, then they left.")
    assert len(table._table) > 3
    nlp.load("en")("Ministers met.")
    assert len(table._table) <= 4 and len(table._computer.cache) <= 4
