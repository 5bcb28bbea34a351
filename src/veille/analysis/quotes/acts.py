"""Statements told only through an act (issue 12, stop 62): read for their speakers, never printed as quotes.

A threat told through its infinitive ("threatened to impose tariffs on X", "…, threatening to go on strike") is
the act of a THREATEN event; no English real-news gold lists one as a quote (stop 60 counted 6 false quotes of it in
4 tuning texts, stop 62 7 in 5), where "threatened that…" stays a statement. The quote stage reads it as it reads
every infinitive report (:mod:`.commitments`): its speaker is resolved in the text's order, so the pronouns after it
and the events stage, which takes a speech verb's actor from the quote it introduces (``events.speech``), read what
they read before; it is then kept apart from the quotes the record lists (:class:`Statements`). The verbs are the
lexicon's ``act_infinitive`` rows (also ``verb_infinitive`` rows; English: threaten; no French rows).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...record import Quote
from .commitments import infinitive_reports
from .frame import Frame
from .lexicon import complementizer

#: The lexicon kind of the verbs whose infinitive report is an act, not a quote.
ACT_INFINITIVE = "act_infinitive"


@dataclass(frozen=True)
class Statements:
    """What a text states: ``all`` the quote records the stage built, in order (the events stage reads them), and
    ``quotes``, those the record lists: all but the statements told only through an act."""

    all: list[Quote]
    quotes: list[Quote]


def statements(fr: Frame, built: list[Quote]) -> Statements:
    """``built`` (quote records, in order) with the infinitive reports of an ``act_infinitive`` verb set apart: a
    reported quote of that verb's cue that opens where such a verb's infinitive does ("to impose…") and lies within
    what it states. A clause that opens with a complementizer is none ("threatened that X would impose…": the
    parser may give its verb as a bare infinitive)."""
    verbs = fr.lex[ACT_INFINITIVE]
    if not verbs:
        return Statements(built, built)
    spans = [
        (a.idx, b.idx + len(b), lemma)
        for a, b, v in infinitive_reports(fr)
        if (lemma := fr.lex.lemma(v)) in verbs and not complementizer(a)
    ]
    if not spans:
        return Statements(built, built)
    acts = {
        id(q)
        for q in built
        if not q["direct"] and any(q["start"] == a and q["end"] <= b and q["cue"] == lemma for a, b, lemma in spans)
    }
    return Statements(built, [q for q in built if id(q) not in acts])


__all__ = ["ACT_INFINITIVE", "Statements", "statements"]
