"""A dotted capital abbreviation glued by a hyphen to a capitalised word: "the U.S.-Mexico border", "U.S.-China
trade talks", "the U.K.-EU deal". spaCy's English tokenizer keeps "U.S.-Mexico" one token, so neither name is read
(the NER may make an organisation of the whole). The hyphen becomes a token of its own (:data:`GLUED`, added to the
model's infixes when it is loaded), and the entity stage reads the pair as it reads "the US-Canada border". A
lowercase word after the hyphen ("U.S.-led") and a hyphen inside a word ("F-16s") are tokenized as before."""

from __future__ import annotations

from typing import Any

from .tokenizer_patterns import add_pattern

#: A hyphen after two or more capitals each followed by a period, and before a capital letter.
GLUED = r"(?<=\b[A-Z]\.[A-Z]\.)-(?=[A-Z])|(?<=\b[A-Z]\.[A-Z]\.[A-Z]\.)-(?=[A-Z])"


def split_abbreviation_hyphens(nlp: Any) -> None:
    """Add :data:`GLUED` to the infixes of ``nlp``'s tokenizer (its own patterns kept as they are)."""
    add_pattern(nlp, "infix_finditer", GLUED)
