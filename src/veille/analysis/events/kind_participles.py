"""A participle hung on the kind complement of an event noun qualifies the whole act (issue 13, stop 57): in « la
guerre d'agression menée par X contre Y » the parser hangs « menée » on « agression », the bare « de » complement
that names the kind of war (:func:`.syntax.modifier`), so the participle's agent is the author of the war, as in
« la guerre menée par X ». A complement with its own article (« la suspension des négociations annoncée par X »)
is a thing of its own, and its participle stays its own."""

from __future__ import annotations

from spacy.tokens import Token

from .frame import Frame
from .syntax import modifier


def qualifies(f: Frame, participle: Token, noun: Token) -> bool:
    """Whether ``participle`` qualifies the event noun ``noun``: hung on it, or on its kind complement."""
    head = participle.head
    if head.i == noun.i:
        return True
    return head.head.i == noun.i and head.i != noun.i and modifier(f, head)
