"""The places a segment names after a locative preposition or a word of nearness (events.placetime._segment_places)
are found once per frame and segment: every trigger of the segment gets the place the walk over its own segment
gives, whichever segment was read before, and a segment without such a place gives none. Invented sentences,
invented people; real places."""

from __future__ import annotations

import pytest

from event_fixtures import analysed, frame_of
from veille.analysis.events import placetime
from veille.analysis.tree import span_tokens

pytestmark = pytest.mark.e2e

PUBLISHED = "2025-03-06"

TEXTS = [
    (
        "fr",
        "Des manifestants se sont rassemblés à Lyon lundi. La police a interpellé dix personnes près de Marseille. "
        "Le ministre a démenti toute violence.",
        ["Lyon", "Marseille"],
    ),
    (
        "en",
        "Police detained protesters in Lyon on Monday. Police arrested ten people near Marseille. "
        "The minister denied any violence.",
        ["Lyon", "Marseille"],
    ),
]


def _frame(lang, text):
    return frame_of(analysed(lang, text, PUBLISHED), lang, PUBLISHED)


def _places(f, order):
    """Each token's clause place, segment by segment in ``order``, keyed by the token's position."""
    found = {}
    for sent in order:
        f.segment = sent
        for tok in span_tokens(sent):
            place = placetime._clause_place(f, tok, sent)
            found[tok.i] = place["name"] if place else None
    return found


@pytest.mark.parametrize(("lang", "text", "names"), TEXTS)
def test_placetime_segment_places_read_once_per_segment(lang, text, names):
    f = _frame(lang, text)
    segments = list(f.context.segments)
    forward = _places(f, segments)
    assert [k for k in f.walks if k[0] == "segment_places"] == [("segment_places", s.start, s.end) for s in segments]
    backward = _places(_frame(lang, text), segments[::-1])  # the other segments read first
    assert forward == backward
    fresh = {}
    for sent in segments:  # each token with nothing kept: the walk over its own segment
        for tok in span_tokens(sent):
            g = _frame(lang, text)
            g.segment = sent
            place = placetime._clause_place(g, tok, sent)
            fresh[tok.i] = place["name"] if place else None
    assert forward == fresh
    by_segment = [{forward[t.i] for t in span_tokens(s)} - {None} for s in segments]
    assert by_segment == [{names[0]}, {names[1]}, set()]  # the third segment names no place
