"""A token's trigger reading (events.triggers.match_trigger) is found once per frame and segment: asked again in
the same segment (the summons rule asks it of each reading with no coded actor, the side walks of the tokens near
a trigger), it gives the answer kept, which is the answer a fresh frame gives; another segment's answers are read
anew; and the summons rule's sides and the text's events are those found with nothing kept. Invented sentences,
invented people; real places."""

from __future__ import annotations

import pytest

from event_fixtures import analysed, frame_of
from veille.analysis.events import code_events, triggers
from veille.analysis.tree import span_tokens

pytestmark = pytest.mark.e2e

PUBLISHED = "2025-03-06"

TEXTS = [
    (
        "fr",
        "L'ambassadeur de Norvège au Japon a été convoqué lundi. La France a condamné l'attaque contre le Mali. "
        "Le ministre a rencontré son homologue allemand à Berlin.",
    ),
    (
        "en",
        "The Norwegian ambassador to Japan was summoned on Monday. France condemned the attack on Mali. "
        "The minister met his German counterpart in Berlin.",
    ),
]


def _readings(f, order, times=1):
    """Each token's trigger reading, segment by segment in ``order`` (each asked ``times`` times in a row)."""
    found = {}
    for sent in order:
        f.segment = sent
        for tok in span_tokens(sent):
            answers = [triggers.match_trigger(f, tok) for _ in range(times)]
            assert all(a is answers[0] for a in answers)  # asked again: the answer kept
            found[tok.i] = answers[0]
    return found


def _plain(hit):
    return None if hit is None else (hit[0].type, hit[0].mode, hit[1])


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_events_trigger_hits_kept_per_segment(lang, text):
    parsed = analysed(lang, text, PUBLISHED)
    f = frame_of(parsed, lang, PUBLISHED)
    segments = list(f.context.segments)
    forward = _readings(f, segments, times=3)
    assert f.hits[0] is segments[-1]  # the answers kept are the last segment's
    backward = _readings(frame_of(parsed, lang, PUBLISHED), segments[::-1])  # the other segments read first
    fresh = {}
    for sent in segments:  # each token with nothing kept
        for tok in span_tokens(sent):
            g = frame_of(parsed, lang, PUBLISHED)
            g.segment = sent
            fresh[tok.i] = triggers.match_trigger(g, tok)
    plain = {i: _plain(h) for i, h in forward.items()}
    assert plain == {i: _plain(h) for i, h in backward.items()} == {i: _plain(h) for i, h in fresh.items()}
    assert sum(h is not None for h in plain.values()) >= 3  # a summons, a condemnation, a meeting


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_events_trigger_hits_same_events(lang, text, monkeypatch):
    doc, ctx, entities, quotes = analysed(lang, text, PUBLISHED)
    kept = code_events(doc, entities, quotes, lang=lang, published=PUBLISHED, context=ctx)
    real = triggers.match_trigger

    def unkept(f, tok):  # every answer read anew, as before the answers were kept
        f.hits = (object(), {})
        return real(f, tok)

    for module in ("coder", "summoned"):
        monkeypatch.setattr(f"veille.analysis.events.{module}.match_trigger", unkept)
    again = code_events(doc, entities, quotes, lang=lang, published=PUBLISHED, context=ctx)
    assert again == kept
    summons = [e for e in kept if e["type"] == "CONSULT" and e["actors"] and e["actors"][0].get("code") == "JPN"]
    assert summons  # the envoy's host summoned them (events.summoned)
