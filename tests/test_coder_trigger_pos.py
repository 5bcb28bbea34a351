"""The coder loop skips a token of no part of speech a trigger has (events.triggers.TRIGGER_POS: a determiner, a
preposition, punctuation...): such a token gets no reading and is no verb whose subject the discourse keeps, so the
events are those of the loop over every token. Invented sentences, invented people; real states."""

from __future__ import annotations

import json

import pytest

from veille.analysis import nlp
from veille.analysis.context import TextContext, context_of
from veille.analysis.entities import recognise
from veille.analysis.events import code_events, coder, triggers
from veille.analysis.events.frame import new_frame
from veille.analysis.quotes import read_statements

pytestmark = pytest.mark.e2e

PUBLISHED = "2025-03-06"

TEXTS = [
    ("fr", "Le Canada a condamné lundi les frappes contre l'Ukraine. Il a aussi rappelé son ambassadeur à Moscou."),
    ("fr", "« Nous ne céderons pas », a déclaré la ministre. La France a accusé la Russie de mener des cyberattaques."),
    ("en", "Japan and South Korea agreed to resume talks. The two countries also condemned the missile launch."),
    ("en", "Police arrested ten protesters in Nairobi on Tuesday, and the government denied any abuse."),
]


def _events(lang, text):
    doc = nlp.parse(text, lang)
    ctx = TextContext.of(doc, lang, PUBLISHED)
    entities = recognise(doc, lang=lang, published=PUBLISHED, context=ctx)
    quotes = read_statements(doc, entities, lang=lang, context=ctx).all
    events = code_events(doc, entities, quotes, lang=lang, published=PUBLISHED, context=ctx)
    return json.dumps(events, sort_keys=True, default=str), doc


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_coder_trigger_pos_same_events_as_every_token(lang, text, monkeypatch):
    skipped, doc = _events(lang, text)
    every = frozenset(t.pos_ for t in doc) | triggers.TRIGGER_POS
    monkeypatch.setattr(coder, "TRIGGER_POS", every)  # the loop over every token
    assert _events(lang, text)[0] == skipped
    assert any(t.pos_ not in triggers.TRIGGER_POS for t in doc)  # some tokens were skipped
    assert json.loads(skipped)  # and events were coded


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_coder_trigger_pos_skipped_tokens_have_no_reading(lang, text):
    doc = nlp.parse(text, lang)
    f = new_frame(context_of(doc, lang, PUBLISHED, None), [], [], lang=lang, published=PUBLISHED, source="body")
    for tok in doc:
        if tok.pos_ not in triggers.TRIGGER_POS:
            assert triggers.match_trigger(f, tok) is None
            assert tok.pos_ not in ("VERB", "AUX")
