"""A closing bracket glued to the dash or the ellipsis printed after it: "LAKEVIEW (Reuters)--The government...",
"(Kyodo)—Seven officials...", "... the envoy said. (Xinhua)…". spaCy's tokenizers keep "Reuters)--The" as one
token, so the agency of a wire dateline is no name and the sentence loses its first word. The bracket, then the
run of dashes or the ellipsis, become tokens of their own (:func:`split_glued_closers`, added to the model's
infixes when it is loaded); a bracket glued to a word ("(so-called)", "Reuters)") is split as before."""

from __future__ import annotations

from typing import Any

from .tokenizer_patterns import add_pattern

#: A ')' after a word and before a dash run or an ellipsis; that dash run or ellipsis after a ')' and before a
#: printed character.
GLUED = r"(?<=\w)\)(?=--|[—–…])|(?<=\))(?:-{2,}|[—–…])(?=\S)"


def split_glued_closers(nlp: Any) -> None:
    """Add :data:`GLUED` to the infixes of ``nlp``'s tokenizer (its own patterns kept as they are)."""
    add_pattern(nlp, "infix_finditer", GLUED)
