"""The attribute table gives every token what spaCy's own attribute ruler gives it (invented sentences)."""

from __future__ import annotations

import functools

import pytest

from veille.analysis import nlp

pytestmark = pytest.mark.e2e

# Invented sentences: tags mapped to parts of speech and morphology, the words the ruler treats apart (pronouns by
# their dependency, "do/have" as verbs, determiners as pronouns), its patterns of two tokens ("gon na", "got ta",
# "let 's", "y' all", "ai n't", an existential "there is"), line breaks and runs of spaces.
ENGLISH = [
    "There is a bridge over the river, and there were two ferries before it.",
    "I told you it was gon na rain, and you said I got ta see it.",
    "Let's go, y'all: it ain't over.  Nobody did that, but they had a plan.",
    "The mayor of Northbrook, Ada Pellworth, said that this was hers.\n\nWhich one did she mean?",
    "\n  Did you have it?   It is what it is.\n",
]
FRENCH = [
    "Il y a un pont sur la rivière, et il y avait deux bacs avant lui.",
    "La maire de Valbrune, Odile Serrat, a déclaré qu'elle ne se représenterait pas.\n\nQui l'aurait cru ?",
    "  Les camions-citernes sont arrivés à Saint-Aubin-des-Prés.   Rien n'a bougé depuis.\n",
]


@functools.cache
def _stock(lang: str):
    """The language's model as spaCy ships it (its attribute ruler), with Veille's paragraph breaks."""
    import spacy

    model = spacy.load(nlp.model_name(lang))
    model.add_pipe(nlp.PARAGRAPH_COMPONENT, before="parser")
    return model


@pytest.mark.parametrize(("lang", "texts"), [("en", ENGLISH), ("fr", FRENCH)])
def test_attrtable_gives_the_rulers_attributes(lang, texts):
    ours = nlp.load(lang)
    assert nlp.RULER_COMPONENT not in ours.pipe_names and nlp.TABLE_COMPONENT in ours.pipe_names
    for _ in range(2):  # learnt on the first pass, read from the table on the second
        for mine, theirs in zip(ours.pipe(texts), _stock(lang).pipe(texts), strict=True):
            assert [(t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.lemma_) for t in mine] == [
                (t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.lemma_) for t in theirs
            ]
            # the tensor aside: its floats' last bits are those of numpy's products (veille.analysis.gemm)
            assert mine.to_bytes(exclude=["tensor"]) == theirs.to_bytes(exclude=["tensor"])


def test_attrtable_applies_patterns_of_two_tokens_after_the_table():
    doc = nlp.load("en")("They were gon na win.")
    assert [t.lemma_ for t in doc if t.lower_ in ("gon", "na")] == ["go", "to"]


def test_attrtable_falls_back_on_the_ruler_for_a_pattern_it_cannot_key():
    from veille.analysis.attrtable import AttributeTable

    ruler = _stock("en").get_pipe(nlp.RULER_COMPONENT)
    assert AttributeTable(ruler).usable
    import spacy

    blank = spacy.blank("en")
    other = blank.add_pipe("attribute_ruler")
    other.add([[{"LOWER": "x", "OP": "+"}]], {"LEMMA": "ex"})
    table = AttributeTable(other)
    assert not table.usable
    assert [t.lemma_ for t in table(blank.make_doc("x x y"))] == ["ex", "ex", ""]
