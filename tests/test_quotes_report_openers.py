"""The lemmas the reported-speech pass tests further (quotes.lexicon.Lexicon.report_openers): a token whose lemma is
none of them passes none of the pass's per-token tests (invented sentences, near misses among them)."""

from __future__ import annotations

import pytest

from veille.analysis import nlp
from veille.analysis.context import TextContext
from veille.analysis.quotes.complements import as_verb
from veille.analysis.quotes.frame import Frame
from veille.analysis.quotes.lexicon import lexicon
from veille.analysis.quotes.object_report import negated_report
from veille.analysis.quotes.reported import locution

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le ministre Paul Verdan a affirmé que le pont serait rouvert, et il a fait savoir qu'il viendrait."),
        ("fr", "La maire n'exclut pas que la route ferme ; elle s'est dite heureuse de voir les travaux finir."),
        ("fr", "Elle a présenté le projet comme une avancée. Le chat dort sur le mur."),
        ("en", "The mayor, Ada Roe, did not rule out a new vote and said the bridge would reopen."),
        ("en", "He described the plan as a step forward. The cat sleeps on the wall."),
    ],
)
def test_quotes_report_openers_hold_every_lemma_the_tests_take(lang, text):
    doc = nlp.parse(text, lang)
    lex = lexicon(lang)
    fr = Frame(TextContext.of(doc, lang), lex)
    openers = lex.report_openers
    assert any(lex.lemma(t) in openers for t in doc)  # each sentence names a speech act, or a near miss of one
    for t in doc:
        answers = (fr.is_cue(t), negated_report(fr, t), as_verb(fr, t), locution(fr, t) is not None)
        if lex.lemma(t) not in openers:
            assert not any(answers), t.text
