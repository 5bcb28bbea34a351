"""One more pattern for a loaded model's tokenizer, beside its own: :func:`add_pattern` compiles the tokenizer's
pattern and the new one as alternatives, and puts the compiled search back where the tokenizer reads it. Used by
:mod:`.closers` (infixes) and :mod:`.apostrophes` (suffixes) when a model is loaded (:func:`.nlp.load`)."""

from __future__ import annotations

import re
from typing import Any

#: The tokenizer attributes a pattern may be added to, and the method of the compiled pattern each holds.
METHODS = {"prefix_search": "search", "suffix_search": "search", "infix_finditer": "finditer"}


def add_pattern(nlp: Any, attr: str, pattern: str) -> None:
    """Add ``pattern`` to ``nlp``'s tokenizer ``attr`` (a key of :data:`METHODS`), its own patterns kept as they are
    and tried first."""
    tokenizer = nlp.tokenizer
    current = getattr(getattr(tokenizer, attr), "__self__", None)
    own = current.pattern if isinstance(current, re.Pattern) else None
    setattr(tokenizer, attr, getattr(re.compile(f"{own}|{pattern}" if own else pattern), METHODS[attr]))
