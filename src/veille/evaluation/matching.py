"""One-to-one matching of gold items with predictions, and the precision/recall counts it gives when some
gold items are optional."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

from .report import Counts, FileResult


def match(n_gold: int, n_pred: int, ok: Callable[[int, int], bool], order: Iterable[int]) -> dict[int, int]:
    """Maximum one-to-one matching (Kuhn's augmenting paths): gold index -> prediction index.

    Golds are tried in ``order``; a gold once matched stays matched, so putting required golds first
    maximises the required matches, then the optional ones.
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
    return {g: p for p, g in owner.items()}


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
) -> dict[int, int]:
    """Match with required/optional logic (``first``: see :func:`required_first`); update counts and details;
    return the matching."""
    pairs = match(len(golds), len(preds), ok, required_first(golds, first))
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
