"""The trigger look-up's first test (events.triggers._untriggered, remembered per language by part of speech,
lemma and form): a token it rules out gets no reading from the full test, whatever its context, and every
token's answer is the same with the memo as without it. Invented sentences, with the near misses the first test
leaves to the full one: a copula, a participle tagged as a noun, a hyphenated word's last part, a negating
prefix, a present form whose infinitive is a trigger."""

from __future__ import annotations

import pytest

from test_events import PUBLISHED
from veille.analysis.context import context_of
from veille.analysis.events import triggers
from veille.analysis.events.frame import new_frame
from veille.analysis.events.lexicon import lexicon
from veille.analysis.nlp import parse

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

TEXTS = [
    ("fr", "Le Valdor a condamné la frappe contre le port de Brévonne et rappelé son ambassadeur."),
    ("fr", "La Norvie est solidaire du Valdor ; elle frappe les positions rebelles et dénonce la non-libération."),
    ("fr", "Le ministre a téléphoné à son homologue, puis la délégation est arrivée à Vesk pour des pourparlers."),
    ("en", "Norvia condemned the build-up of troops near Vesk and said the army was on high alert."),
    ("en", "The minister of Valdor met his counterpart on Monday; they did not discuss the border."),
]


def _frame(doc, lang):
    return new_frame(context_of(doc, lang, PUBLISHED, None), [], [], lang=lang, published=PUBLISHED, source="body")


def _answers(lang, text):
    doc = parse(text, lang)
    f = _frame(doc, lang)
    return [(hit[0], hit[1]) if (hit := triggers.match_trigger(f, tok)) else None for tok in doc]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_triggers_untriggered_rules_out_no_reading(lang, text):
    doc = parse(text, lang)
    f = _frame(doc, lang)
    for tok in doc:
        if tok.pos_ in triggers.TRIGGER_POS and triggers._untriggered(f, tok.pos_, tok.lemma_.lower(), tok.lower_):
            f.lex.untriggered.clear()
            assert triggers.match_trigger(f, tok) is None, tok.text


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_triggers_untriggered_same_answers_as_the_full_test(lang, text, monkeypatch):
    with monkeypatch.context() as m:  # the full test for every token: the first test rules nothing out
        m.setattr(triggers, "_untriggered", lambda *a: False)
        lexicon(lang).untriggered.clear()
        full = _answers(lang, text)
    lexicon(lang).untriggered.clear()
    assert _answers(lang, text) == full  # first sight: the memo filled
    assert _answers(lang, text) == full  # read from the memo


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("fr", "La Norvie est solidaire du Valdor.", "est"),  # a copula: its predicate may be read
        ("fr", "Le ministre a téléphoné à son homologue.", "téléphoné"),  # a participle's ending
        ("fr", "La Norvie frappe les positions rebelles.", "frappe"),  # a present form: "frapper"
        ("en", "Norvia condemned the build-up of troops.", "up"),  # a hyphenated trigger's last part
    ],
)
def test_triggers_untriggered_leaves_near_misses_to_the_full_test(lang, text, word):
    doc = parse(text, lang)
    f = _frame(doc, lang)
    tok = next(t for t in doc if t.text == word)
    if tok.pos_ in triggers.TRIGGER_POS:
        assert not triggers._untriggered(f, tok.pos_, tok.lemma_.lower(), tok.lower_)
