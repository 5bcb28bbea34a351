"""Acts dated by a time still to come from the day of writing (issue 13, modality): a verb told in the present
with such a time ("the minister heads to Paris tomorrow", « les ministres se réunissent cet après-midi ») and an
event noun whose phrase holds one ("au sommet des deux pays le mois prochain", "a summit next week") are planned,
not done. A past verb with the time is left as it is (news rarely writes one; a future verb is planned already).

The times are the language's ``modality.json`` ``coming_times`` (lower-case surface, as printed), read as whole
words in the segment, and for a verb in the present also ``coming_hours`` (later the same day: "this afternoon",
« ce soir »; not "today": "today we are imposing sanctions" is done); the one the act takes is the time whose
phrase hangs on the trigger itself, through nouns only (the verb of another clause stops it: "said on Monday it
would meet tomorrow")."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Token

from ..tree import children
from . import hedges, landmarks
from .frame import Frame


def dated_ahead(f: Frame, trig: Token) -> bool:
    """Whether the act of ``trig`` is dated by a coming time (module doc): a ``coming_times`` phrase that hangs on
    ``trig``, a noun or a verb in the present (not past, not an infinitive or a participle alone), or a
    ``coming_hours`` one that hangs on such a verb."""
    c = hedges.cues(f.lex.code)
    if trig.pos_ in ("VERB", "AUX"):
        if not _present(f, trig):
            return False
        times = c["coming_times"] | c["coming_hours"]
    else:
        times = c["coming_times"]
    return bool(times) and any(_hangs_on(root, trig) for root in _time_roots(f, trig, times))


def _present(f: Frame, verb: Token) -> bool:
    """A verb in a present tense: "heads", « se réunissent », "is meeting", "are held"; not "met", "has met",
    « s'est réuni », an infinitive ("to meet") nor a participle alone."""
    forms = [verb, *(k for k in children(verb) if k.dep_.startswith("aux"))]
    return any("Tense=Pres" in str(t.morph) and "VerbForm=Fin" in str(t.morph) for t in forms) and not landmarks.past(
        f, verb
    )


@functools.cache
def _any_time(times: frozenset[str]) -> re.Pattern[str]:
    """One pattern for the phrases of ``times`` as whole words: whether the segment prints any of them at all."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(p) for p in sorted(times, key=len, reverse=True))})(?!\w)")


def _time_roots(f: Frame, trig: Token, times: frozenset[str]) -> list[Token]:
    """The head token of each coming time printed in the segment as whole words (the token of its phrase whose
    head lies outside it). Most segments print none: one pattern for the whole set says so, and only a segment that
    prints one is read phrase by phrase (each phrase's every match, overlapping ones too: « demain » inside
    « après-demain »)."""
    sent = f.segment if f.segment is not None else trig.sent
    text = sent.text.lower().replace("’", "'")
    if not times or _any_time(times).search(text) is None:
        return []
    roots = []
    for phrase in times:
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text):
            span = trig.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
            if span is not None:
                roots.append(span.root)
    return roots


def _hangs_on(root: Token, trig: Token) -> bool:
    """Whether the time's phrase hangs on ``trig``: up from its head through nouns, adjectives and prepositions
    (no verb between), ``trig`` is reached."""
    t = root
    for _ in range(8):
        if t.i == trig.i:
            return True
        if t.head.i == t.i or t.pos_ in ("VERB", "AUX") and t.i != root.i:
            return False
        t = t.head
    return False
