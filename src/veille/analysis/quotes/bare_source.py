"""A source named with no comma before it, closing the statement it reports ("Au moins douze personnes ont été
tuées selon un bilan du ministère.", "… une aide jugée insuffisante selon des secouristes déployés sur place.") or
the clause before a comma ("Les habitants, dont la moitié ont fui selon X, attendent…"). Read by :mod:`.sources`
like the source set off by a comma; a source whose phrase names no one found ("selon les régions", "selon la
loi") is dropped with the quote when speakers are resolved."""

from __future__ import annotations

from spacy.tokens import Token


def bare_source(before: list[Token], after: list[Token], rest: str) -> bool:
    """Whether a source preposition with ``before`` and ``after`` it (the tokens of its sentence outside the
    source's phrase), ``rest`` the text after the preposition, closes the words before it with no comma: a word
    right before it, after its phrase only the sentence's end or a comma, and the preposition a word of its own
    (not the start of a compound: "en début d'après-midi")."""
    return bool(before) and not before[-1].is_punct and (not after or after[0].is_punct) and not rest.startswith("-")
