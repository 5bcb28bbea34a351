"""Each token's lemma read once per text (quotes.frame.Frame.lemmas) and a cue's first test against one set
(quotes.lexicon.Lexicon.cue_lemmas): the same lemmas as Lexicon.lemma, and no token whose lemma is outside
the set is a cue (invented sentences, near misses among them)."""

from __future__ import annotations

import pytest

from veille.analysis import nlp
from veille.analysis.context import TextContext
from veille.analysis.quotes.frame import Frame
from veille.analysis.quotes.lexicon import lexicon, word_suffixes

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le ministre Paul Verdan a affirmé que le pont rouvrirait, et il a fait savoir qu'il viendrait."),
        ("fr", "« Nous partirons », estime la maire. Le chat dort sur le mur."),
        ("en", "The mayor, Ada Roe, said the bridge would reopen. The cat sleeps on the wall."),
    ],
)
def test_quotes_frame_lemmas_match_the_lexicon(lang, text):
    doc = nlp.parse(text, lang)
    lex = lexicon(lang)
    fr = Frame(TextContext.of(doc, lang), lex)
    assert fr.lemmas == [lex.lemma(t) for t in doc]
    assert lex.cue_lemmas == lex["verb"] | word_suffixes(lex["verb_pair"])
    assert any(fr.is_cue(t) for t in doc)  # each text names a speech act
    for t in doc:
        if lex.lemma(t) not in lex.cue_lemmas:
            assert not fr.is_cue(t), t.text
