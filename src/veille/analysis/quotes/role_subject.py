"""A definite role phrase that two persons of the text may answer to ("the prime minister said", after "Danish Prime
Minister Anna Berg voiced her anger over the cancellation of her meeting with French Prime Minister Tomas Kral")
refers to the holder the sentence naming them was about, its subject, not to the holder it mentioned in passing (an
object, a complement): the entity stage links the phrase to the holder named last. Kept as linked when the holder
linked was the subject of the last sentence naming them, or when that sentence's subject holds no such role; a name
printed beside the role always wins (:mod:`.resolve`: the phrase is then no mention of the holder linked)."""

from __future__ import annotations

from spacy.tokens import Token

from . import labels
from .roleheld import role_of
from .speakers import Mentions, Speaker


def subject_holder(head: Token, ents: list[Speaker], mentions: Mentions, definite: bool) -> list[Speaker]:
    """The person the subject of the last sentence mentioning the holder ``ents`` links role phrase ``head`` to (a
    ``definite`` one), when that holder was no subject there and the subject holds the same role; else ``ents``."""
    if not definite or len(ents) != 1 or ents[0].type != "PERSON":
        return ents
    linked = ents[0]
    if linked.key not in {e.key for e in mentions.covering(head.idx, head.idx + len(head))}:
        return ents  # a name printed beside the phrase, not the holder the phrase was linked to
    phrase = {w.lower() for w in head.doc[head.left_edge.i : head.right_edge.i + 1].text.split()}
    if phrase & {w.lower() for w in linked.name.split()}:
        return ents  # "le président américain Joe Biden", "the president, Joe Biden": named, not a reference back
    role = role_of(head, head.doc.lang_)
    if role is None or role.generic:
        return ents
    start = head.sent.start_char  # a sentence before the phrase's (not a mention in the quote it closes)
    before = [(a, b) for a, b, e in mentions.spans if e.key == linked.key and b <= start]
    if not before:
        return ents
    a, b = max(before)
    span = head.doc.char_span(a, b, alignment_mode="expand")
    if span is None or span.root.dep_ in labels.SUBJECT:
        return ents
    subjects = [t for t in span.sent if t.dep_ in labels.SUBJECT and t.head == span.sent.root]
    found = [
        e
        for t in subjects
        for e in mentions.covering(t.idx, t.idx + len(t))
        if e.type == "PERSON" and e.key != linked.key and _holds(e, role.role, mentions)
    ]
    return found[:1] if len(found) == 1 else ents


def _holds(person: Speaker, role: str, mentions: Mentions) -> bool:
    """Whether the entity record of ``person`` gives them ``role`` (canonical English, as data/kb/roles.tsv)."""
    return any(
        str(r.get("role")) == role
        for _, _, e in mentions.index.every
        if str(e.get("id")) == person.key
        for r in e.get("roles") or []
        if isinstance(r, dict)
    )
