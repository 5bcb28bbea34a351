"""The sentence starts set at line breaks and in glued words (nlp._paragraph_breaks), read from the Doc's arrays: the
same as a walk over every token reading its text, whitespace and space flag (invented texts)."""

from __future__ import annotations

import pytest
from spacy.attrs import SENT_START

from veille.analysis import nlp

pytestmark = pytest.mark.e2e


def _walked(doc) -> list[int]:
    """The starts the former walk over every token gave (the token before each token read as a spaCy Token)."""
    starts = doc.to_array([SENT_START]).astype("int64").tolist()
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            starts[i] = 1
        elif not prev.whitespace_ and not prev.is_space and prev.text[-1:] not in nlp._SENTENCE_FINAL:
            starts[i] = -1
    return starts


TEXTS = [
    ("fr", "Le convoi est parti d'Addis-Abeba.\n\nLes camions-citernes ont suivi mardi, selon l'agence."),
    ("fr", "« Nous partirons », a dit Léa Marnier.\nElle n'a rien ajouté.  Deux espaces ici.\t Et une tabulation."),
    ("fr", "Titre sans point\nPremière phrase du texte (suite).Collée ensuite."),
    ("en", "The mayor of Vesk said (on Monday) that the bridge would reopen.\n\n\nA second paragraph.\n"),
    ("en", 'He said: "No."Then he left.\r\nShe stayed...and waited?Yes!'),
    ("en", "Rain."),  # one token: nothing to set
    ("en", "Rain\n"),  # a line break last
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_nlp_paragraph_breaks_from_arrays_match_the_token_walk(lang, text):
    model = nlp.load(lang)
    doc = model.make_doc(nlp.normalise_spaces(text))
    expected = _walked(doc)
    nlp._paragraph_breaks(doc)
    assert doc.to_array([SENT_START]).astype("int64").tolist() == expected


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_nlp_paragraph_breaks_boundaries(lang, text):
    doc = nlp.load(lang).make_doc(nlp.normalise_spaces(text))
    for tok, found in zip(doc, nlp._boundaries(doc), strict=True):
        if "\n" in tok.text:
            assert found == 1
        elif not tok.whitespace_ and not tok.is_space and tok.text[-1:] not in nlp._SENTENCE_FINAL:
            assert found == -1
        else:
            assert found == 0
