"""The abbreviation of a document's name, defined in parentheses after it: "the Mutual Defense Treaty (MDT)",
"l'Accord de pêche côtière (APC)", "le Traité d'amitié norvien (TAN)". It names an agreement, no organisation,
wherever the NER reads it later ("both sides vowed to uphold the MDT"): :func:`document_abbreviations` gives the
abbreviations that recognition then treats as common ones (:func:`.acronyms.common_abbreviations`). A document is
known by its head word (``entities.json``: ``document_heads_last`` closing the name, "Treaty", "Agreement", in any
case; ``document_heads_first`` opening it with its capital, « Accord », « Traité »), whose initial opens the
abbreviation or, for a closing head, appears in it. A lowercase « accord » opens a phrase that may name the state
or the body abbreviated (« l'accord avec l'ancienne République de Norvie (ARN) »): not read. "The Coastal
Fisheries Authority (CFA)" names a body: no head word; a body named inside a document's phrase ("l'Accord signé
avec l'Agence norvienne de l'eau (ANE)") keeps its own initials."""

from __future__ import annotations

import re

from ..kb import norm
from .acronyms import ACRONYM
from .words import words

#: Most words between a document word that opens a name and the parenthesis of its abbreviation.
MAX_WORDS = 14
#: The words of the phrase before a parenthesis, back to a sentence's end or a line break.
_PHRASE = re.compile(r"[^.!?;:\n()]{1,200}$")
_WORD = re.compile(r"[^\W\d]+(?:[-–][^\W\d]+)*")


def _document_phrase(phrase: str, abbr: str) -> bool:
    """Does ``phrase`` (the words before the parenthesis) end a document's name that ``abbr`` abbreviates?"""
    w = words()
    tokens = _WORD.findall(phrase)
    if not tokens:
        return False
    last = tokens[-1]
    if norm(last) in w.document_last and last[0].upper() in abbr[1:]:
        return True  # "Mutual Defense Treaty (MDT)"
    for k, token in enumerate(tokens[-MAX_WORDS:]):
        if norm(token) in w.document_first and token[0] == abbr[0]:
            rest = tokens[-MAX_WORDS:][k + 1 :]
            # no later name opens with the abbreviation's initial: "l'accord avec l'Agence norvienne (ANE)"
            return not any(t[0].isupper() and t[0] == abbr[0] for t in rest)
    return False


def document_abbreviations(text: str) -> frozenset[str]:
    """The abbreviations ``text`` defines for documents' names (module docstring), with their plural."""
    found: set[str] = set()
    for m in ACRONYM.finditer(text):
        abbr = m.group(1)
        before = _PHRASE.search(text, max(0, m.start() - 200), m.start())
        if before is not None and _document_phrase(before.group(0), abbr):
            found.update({abbr, abbr + "s"})
    return frozenset(found)
