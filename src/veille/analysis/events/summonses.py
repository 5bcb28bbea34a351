"""The protest told with a summons: "Norvania summoned the Valdorian envoy to protest", « a convoqué l'ambassadeur
pour lui signifier son mécontentement ». A state's summons of another's envoy is a meeting (CONSULT, the trigger
rows of ``events.tsv`` with the ``protest`` condition); where the summons' sentence states displeasure (a word of
events.json ``displeasure_words``: a protest, a condemnation, "unacceptable"), the summoning state also accuses
the envoy's (ACCUSE, disapprove), of the same sides. Only a realised summons carries it: a summons planned or
denied tells no protest made, which the words of displeasure tell on their own where they are read."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from ...record import Event
from .build import Reading, build
from .frame import Frame, is_realised
from .lexicon import Entry, token_words


def protest(f: Frame, entry: Entry, reading: Reading, summons: Event) -> Event | None:
    """The ACCUSE that a realised summons (``reading``, built as ``summons``) of a row with the ``protest``
    condition tells where its sentence states displeasure, else None."""
    if not is_realised(summons) or not entry.has("protest"):
        return None
    if not displeased(f, reading.sent):
        return None
    return build(f, replace(reading, type="ACCUSE", mode="disapprove"))


def displeased(f: Frame, sent: Span) -> bool:
    """Whether a word of ``sent`` (its lemma or its form) states displeasure (events.json ``displeasure_words``)."""
    words = f.cues["displeasure_words"]
    return any(not words.isdisjoint(token_words(tok)) for tok in sent)
