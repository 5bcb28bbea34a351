"""A quote being built: what the extraction passes find (span, cue, speaker phrase) and the attribution pass
completes (speakers), before :mod:`.merge` turns it into a quote record."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .speakers import Speaker


@dataclass
class Item:
    """One quote being built; offsets index the text."""

    start: int
    end: int
    direct: bool  # between quotation marks
    sent: tuple[int, int]  # the sentence (one or more units) it is reported in
    cue: str | None = None  # lemma of the speech verb or noun, or the source preposition
    heads: list[Token] = field(default_factory=list)  # subject head tokens to resolve in document order
    speakers: list[Speaker] = field(default_factory=list)
    resolved: bool = False  # speakers already final (or none to be found)
    how: str | None = None  # how the cue was found; "continuation": same speaker as the quote just before
    spans: list[tuple[int, int]] = field(default_factory=list)  # every place the statement appears (merge)
    source: list[Token] = field(default_factory=list)  # heads of a "selon X" source in the sentence, besides the cue
