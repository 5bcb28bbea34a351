"""Dependency walks read once per segment: what :func:`.syntax.objects` and the memory-free part of
:func:`.actors.noun_phrase_parties` (``actors._named``) find from a token depends on the parse, the mentions and the
segment being coded (their walks do not leave it), never on the discourse memory the coder updates as it goes; the
coder asks them again for the same token (the objects of a verb under every condition of its readings, the subject
of a verb when it remembers its actors, then when it codes its event): each answer is kept in the frame
(``Frame.walks``) and a copy of it given out. (:func:`.syntax.parties_at` itself is not kept: building its key cost
more than the calls that repeat, bench/stages.py, stop 39.)"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar, cast

from spacy.tokens import Token

from .frame import Frame

P = ParamSpec("P")
T = TypeVar("T")


def _key(value: Any) -> Any:
    """``value`` as part of a dictionary key (a set of labels or of token indices as a frozenset)."""
    if isinstance(value, set | frozenset):
        return frozenset(value)
    if isinstance(value, list):
        return tuple(value)
    return value


def _copy(value: Any) -> Any:
    """A copy of a kept answer that its caller may extend: its lists copied (the tokens and parties are shared)."""
    if isinstance(value, list):
        return list(value)
    if isinstance(value, tuple):
        return tuple(list(v) if isinstance(v, list) else v for v in value)
    return value


def per_segment(fn: Callable[Concatenate[Frame, Token, P], T]) -> Callable[Concatenate[Frame, Token, P], T]:
    """``fn(f, tok, ...)`` computed once per frame, segment, token and arguments."""
    name = fn.__qualname__

    @functools.wraps(fn)
    def once(f: Frame, tok: Token, /, *args: P.args, **kwargs: P.kwargs) -> T:
        seg = f.segment
        where = (seg.start, seg.end) if seg is not None else None
        key: tuple[Any, ...] = (name, where, tok.i)
        if args or kwargs:
            key += (tuple(_key(a) for a in args), tuple(sorted((k, _key(v)) for k, v in kwargs.items())))
        found = f.walks.get(key, f.walks)  # the dictionary itself stands for "not kept yet"
        if found is f.walks:
            found = f.walks[key] = fn(f, tok, *args, **kwargs)
        return cast(T, _copy(found))

    return once
