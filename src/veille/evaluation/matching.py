"""One-to-one matching of gold items with predictions, and the precision/recall counts it gives when some
gold items are optional."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

from .report import Counts, FileResult


def match(
    n_gold: int,
    n_pred: int,
    ok: Callable[[int, int], bool],
    order: Iterable[int],
    prefer: Callable[[int, int], int] | None = None,
) -> dict[int, int]:
    """Maximum one-to-one matching (Kuhn's augmenting paths): gold index -> prediction index.

    Golds are tried in ``order``; a gold once matched stays matched, so putting required golds first
    maximises the required matches, then the optional ones. ``prefer`` scores a pair's agreement beyond
    validity (an event's date and place): the matching is then improved pair by pair while its total agreement
    grows (the size of the matching and the golds it matches do not change, only which of the valid pairs are made).
    """
    order = list(order)
    edges = {g: [p for p in range(n_pred) if ok(g, p)] for g in order}
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges[g]:
            if p not in seen:
                seen.add(p)
                if p not in owner or augment(owner[p], seen):
                    owner[p] = g
                    return True
        return False

    for g in order:
        augment(g, set())
    pairs = {g: p for p, g in owner.items()}
    return pairs if prefer is None else _improve(pairs, edges, prefer)


def _improve(pairs: dict[int, int], edges: dict[int, list[int]], prefer: Callable[[int, int], int]) -> dict[int, int]:
    """The same golds matched, each pair exchanged for a better-agreeing one while the total grows: a gold takes a
    free prediction it prefers, or two golds swap predictions both can take."""
    better = True
    while better:
        better = False
        used = set(pairs.values())
        for g in sorted(pairs):
            free = [q for q in edges[g] if q not in used and prefer(g, q) > prefer(g, pairs[g])]
            if free:
                used.discard(pairs[g])
                pairs[g] = max(free, key=functools.partial(prefer, g))
                used.add(pairs[g])
                better = True
        for g, h in itertools.combinations(sorted(pairs), 2):
            p, q = pairs[g], pairs[h]
            if q in edges[g] and p in edges[h] and prefer(g, q) + prefer(h, p) > prefer(g, p) + prefer(h, q):
                pairs[g], pairs[h] = q, p
                better = True
    return pairs


def required_first(items: Sequence[dict[str, Any]], first: Callable[[dict[str, Any]], bool] | None = None) -> list[int]:
    """Indices of required items first, then optional ones (``required`` defaults to true); within each, the items
    ``first`` holds for before the others (they stand first for a prediction two items could take)."""
    return sorted(
        range(len(items)),
        key=lambda i: (items[i].get("required", True) is False, first is not None and not first(items[i])),
    )


def score_set(
    counts: Counts,
    result: FileResult,
    name: str,
    golds: Sequence[dict[str, Any]],
    preds: Sequence[Any],
    ok: Callable[[int, int], bool],
    label: Callable[[Any], str],
    ignorable: Collection[int] = (),
    first: Callable[[dict[str, Any]], bool] | None = None,
    prefer: Callable[[int, int], int] | None = None,
) -> dict[int, int]:
    """Match with required/optional logic (``first``: see :func:`required_first`, ``prefer``: see :func:`match`);
    update counts and details; return the matching."""
    pairs = match(len(golds), len(preds), ok, required_first(golds, first), prefer)
    for g, gold in enumerate(golds):
        if gold.get("required", True) is not False:
            if g in pairs:
                counts.tp += 1
            else:
                counts.fn += 1
                result.miss(name, label(gold))
    used = set(pairs.values()) | set(ignorable)
    for p, pred in enumerate(preds):
        if p not in used:
            counts.fp += 1
            result.false(name, label(pred))
    return pairs
