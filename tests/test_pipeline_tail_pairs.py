"""The last documents of a run with worker processes: the longest first, in pairs, the shortest alone
(:func:`veille.pipeline._batches`)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from veille.pipeline import _batches


@dataclass
class Doc:
    name: str
    text: str


def docs(lengths: list[int]) -> list[Doc]:
    return [Doc(f"d{i}", "x" * n) for i, n in enumerate(lengths)]


@pytest.mark.parametrize(
    ("lengths", "size", "last_alone", "single", "sizes"),
    [
        ([5] * 14, 4, 8, 4, [4, 2, 2, 2, 1, 1, 1, 1]),  # two workers: 2 x 4 last, the 4 shortest alone
        ([5] * 14, 4, 8, None, [4, 2] + [1] * 8),  # no pairs asked: every last one alone
        ([5] * 7, 4, 8, 4, [2, 1, 1, 1, 1, 1]),  # fewer than the tail: the same rule on what there is
        ([5] * 2, 4, 8, 4, [1, 1]),  # two documents, two workers: one each
        ([5] * 5, 4, 8, 4, [1] * 5),  # one more than the singles: no pair of one
        ([5] * 20, 4, 16, 8, [4, 2, 2, 2, 2] + [1] * 8),  # four workers
    ],
)
def test_pipeline_tail_pairs_sizes(lengths, size, last_alone, single, sizes):
    items, order = docs(lengths), []
    handed = list(_batches(items, size, last_alone, order, single=single))
    assert [len(b) for b in handed] == sizes
    assert [d for b in handed for d in b] == [items[n] for n in order]  # order names each item handed out
    assert sorted(order) == list(range(len(items)))


@pytest.mark.parametrize(
    ("lengths", "tail"),
    [
        ([9, 9, 9, 9, 1, 7, 3, 8, 2, 6], [["d7", "d5"], ["d9", "d6"], ["d8"], ["d4"]]),  # pairs of the longest
        ([9, 9, 4, 4, 4, 4, 4, 4], [["d2", "d3"], ["d4", "d5"], ["d6"], ["d7"]]),  # equal ones in input order
    ],
)
def test_pipeline_tail_pairs_hold_the_longest(lengths, tail):
    handed = list(_batches(docs(lengths), 2, 6, single=2))
    assert [[d.name for d in b] for b in handed[-len(tail) :]] == tail
