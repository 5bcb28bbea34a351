"""A role printed with capitals as a title ("The Prime Minister said…", "the Chancellor told…", "the Taoiseach
said…") is a role phrase like its lowercase form, though the tagger reads its head as a proper noun: it refers back
to the person who holds the role, or describes an unnamed speaker (issue 12, stop 38). Before, such a subject named
no one and its quote was dropped. A proper noun with no definite article ("Minister Korval", "President Dessart")
stays a name."""

from __future__ import annotations

from spacy.tokens import Token

from .. import kb
from ..tree import children


def title_role(head: Token, definite: bool) -> bool:
    """Whether proper noun ``head``, after a definite article (``definite``), names a role of the knowledge base
    as a title, alone or with the words of its compound before it ("Prime Minister")."""
    if head.pos_ != "PROPN" or not definite:
        return False
    lang = head.doc.lang_
    before = [c for c in children(head) if c.dep_ == "compound" and c.i < head.i]
    words = [head.text, head.text.lower()]
    if before and before[0].i == head.i - len(before):
        phrase = head.doc[before[0].i : head.i + 1].text
        words += [phrase, phrase.lower()]
    base = kb.load()
    return any(base.role(w, lang) is not None for w in words)
