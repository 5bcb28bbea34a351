"""A bounded memo for the answers the analysis stages ask of every token (a normalised key, a lemma, a morphology
feature), remembered by the token's hashes: a dict that starts afresh once it holds its bound, so that a long
run's memory stays in check. Each user says what its bound is set from."""

from __future__ import annotations

from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V], Generic[K, V]):
    """A dict of at most ``bound`` entries: read it with ``get`` (a plain dict's), fill it with :meth:`put`."""

    def __init__(self, bound: int) -> None:
        super().__init__()
        self.bound = bound

    def put(self, key: K, value: V) -> V:
        """Remember ``value`` for ``key`` (everything else is forgotten first when the memo is full); ``value``."""
        if len(self) >= self.bound:
            self.clear()
        self[key] = value
        return value
