"""Dependency walks read once per segment (``events.percall``): the objects of a verb and the parties a subject's
phrase names are computed once per frame, segment and token, and every caller gets what the walk itself gives,
as a list of its own. Invented sentences, invented people; real states."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from event_fixtures import analysed, frame_of
from veille.analysis.events import actors, syntax
from veille.analysis.events.percall import per_segment
from veille.analysis.tree import span_tokens


def _counted():
    calls: list[tuple] = []

    @per_segment
    def walk(f, tok, *args, **kwargs):
        calls.append((tok.i, args, tuple(sorted(kwargs.items()))))
        return [tok.i, *args], len(calls)

    return walk, calls


def _frame(segment=None):
    return SimpleNamespace(walks={}, segment=segment)


def test_percall_a_walk_runs_once_per_segment_token_and_arguments():
    walk, calls = _counted()
    f, tok, other = _frame(), SimpleNamespace(i=3), SimpleNamespace(i=4)
    assert walk(f, tok) == walk(f, tok) == ([3], 1)
    assert walk(f, tok, {"obj", "nsubj"}, 2, skip=frozenset({1})) == ([3, {"obj", "nsubj"}, 2], 2)
    assert walk(f, tok, frozenset({"nsubj", "obj"}), 2, skip={1}) == ([3, {"obj", "nsubj"}, 2], 2)  # the same key
    walk(f, other)
    f.segment = SimpleNamespace(start=0, end=10)  # another segment: its walks may stop elsewhere
    walk(f, tok)
    assert [c[0] for c in calls] == [3, 3, 4, 3]


def test_percall_each_caller_gets_lists_of_its_own():
    walk, _ = _counted()
    f, tok = _frame(), SimpleNamespace(i=0)
    found, _ = walk(f, tok)
    found.append("extended by a caller")
    assert walk(f, tok) == ([0], 1)


TEXTS = [
    (
        "en",
        "Canada imposed sanctions on Belarus on Monday. Ottawa and Paris also expelled two diplomats, and the "
        "Canadian foreign minister, Ada Mellor, said the measures would stay. Belarusian protesters rallied in "
        "Minsk, where police arrested dozens of students.",
    ),
    (
        "fr",
        "Le Canada a imposé des sanctions à la Biélorussie lundi. Ottawa et Paris ont aussi expulsé deux "
        "diplomates, et la ministre canadienne des Affaires étrangères, Ada Mellor, a affirmé que les mesures "
        "resteraient en place. Des manifestants biélorusses se sont rassemblés à Minsk, où la police a "
        "interpellé des dizaines d'étudiants.",
    ),
]


@pytest.mark.e2e
@pytest.mark.parametrize("lang, text", TEXTS)
def test_percall_walks_give_what_the_walk_itself_gives(lang, text):
    parsed = analysed(lang, text, "2025-03-06")
    doc, ctx = parsed[0], parsed[1]
    f = frame_of(parsed, lang, "2025-03-06")
    checked = 0
    for segment in [*ctx.segments, None]:  # each segment, then the whole text: a walk may stop at its ends
        f.segment = segment
        for tok in span_tokens(segment) if segment is not None else list(doc):
            for walk in (syntax.objects, actors._named):
                kept = walk(f, tok)
                assert kept == walk(f, tok) == walk.__wrapped__(f, tok)
                checked += bool(kept)
    assert checked >= 6  # the verbs' objects and the subjects' parties were found
