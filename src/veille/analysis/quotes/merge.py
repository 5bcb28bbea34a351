"""The last pass: one statement reported twice becomes one quote with several spans; quote records are built.

Two quotes of the same kind (direct or not) merge when their content words overlap enough (Jaccard index of
content lemmas) and their speakers agree, or when one repeats the other verbatim (a headline or pull quote). A
statement whose speaker was found is the record of a repeat whose speaker was guessed (its words and speakers), and
the full statement is the record of a fragment of it quoted before (a « coup d'État » denied in the lede, then « Nous ne
voyons là aucun coup d'État »: the full words, where the fragment's record had hidden them).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...record import Quote
from ..tree import span_tokens
from .frame import Frame
from .item import Item
from .lexicon import fold
from .marks import MIN_QUOTE_WORDS, WORD

#: Two quotes merge (one statement reported twice) when the Jaccard index of their content lemmas passes this and
#: their speakers are equal. Tuned on invented pairs: verbatim repeats and active/passive rewordings score 1.0,
#: one added word 0.75, distinct statements on one topic 0.0-0.4. The seed's two translations of one sentence
#: (two synonyms swapped) score 0.43 and stay separate (the gold marks the second as optional). Two short quotes
#: that share three content words of five are two statements (« violations graves des droits humains » and « … des
#: droits syndicaux »; a "last warning" to one party, then "one more warning" to it and two more: 0.6, both
#: listed by the real-news golds), so the index must pass 0.6, not reach it.
MERGE_JACCARD = 0.6
#: A verbatim-like repeat (pull quote) without a speaker merges into an attributed one from this Jaccard on.
MERGE_JACCARD_UNATTRIBUTED = 0.9

#: How a quote got a speaker only from who the text is about around it (:func:`.attribute.scene`): merged as
#: unattributed, an attributed repeat's speaker replaces it.
GUESSED = "scene"

_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"}


def content(doc: Doc, start: int, end: int) -> set[str]:
    """Lemmas of the content words of ``[start, end)``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    toks = span_tokens(span) if span is not None else ()
    return {t.lemma_.lower() for t in toks if t.pos_ in _CONTENT_POS and not t.is_stop and t.is_alpha}


def repeats(a: str, b: str) -> bool:
    """Whether one quote repeats the other verbatim in part (a headline or pull quote printing the first words of
    a quote given in full elsewhere, or the reverse)."""
    a, b = (" ".join(WORD.findall(fold(x))) for x in (a, b))
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= MIN_QUOTE_WORDS + 1 and long.startswith(short)


def holds(long: str, short: str) -> bool:
    """Whether quote ``long`` holds every word of quote ``short`` in a row, and more (a fragment quoted before, then
    the full statement: « coup d'État », then « Nous ne voyons là aucun coup d'État »)."""
    long, short = (" ".join(WORD.findall(fold(x))) for x in (long, short))
    return bool(short) and len(long) > len(short) and f" {short} " in f" {long} "


def _same_statement(it: Item, words: set[str], other: Item, owords: set[str], text: str) -> bool:
    if other.direct != it.direct or not words or not owords:
        return False
    jac = len(words & owords) / len(words | owords)
    ids, oids = ({e.key for e in x.speakers} if x.how != GUESSED else set() for x in (it, other))
    return (
        (ids == oids and jac > MERGE_JACCARD)
        or (jac >= MERGE_JACCARD_UNATTRIBUTED and not (ids and oids))
        or (not (ids and oids) and repeats(text[it.start : it.end], text[other.start : other.end]))
    )


def merge(fr: Frame, items: list[Item]) -> list[Quote]:
    """Merge one statement reported twice into one quote with several spans; build the quote records, ordered by
    start (``items`` is sorted in place)."""
    doc, text = fr.doc, fr.text
    items.sort(key=lambda it: it.start)
    kept: list[tuple[Item, set[str]]] = []
    for it in items:
        words = content(doc, it.start, it.end)
        for other, owords in kept:
            if _same_statement(it, words, other, owords, text):
                other.spans.append((it.start, it.end))
                found = bool(it.speakers) and it.how != GUESSED
                beaten = found and (not other.speakers or other.how == GUESSED)
                if beaten or not other.speakers:
                    other.speakers, other.how = it.speakers, it.how  # a speaker found beats one guessed
                new, old = text[it.start : it.end], text[other.start : other.end]
                if it.end - it.start > other.end - other.start and (beaten or repeats(new, old) or holds(new, old)):
                    other.start, other.end, other.sent, other.cue = it.start, it.end, it.sent, it.cue  # the full one
                break
        else:
            it.spans = [(it.start, it.end)]
            kept.append((it, words))
    return [_record(it, text) for it, _ in kept]


def _record(it: Item, text: str) -> Quote:
    return {
        "text": text[it.start : it.end],
        "start": it.start,
        "end": it.end,
        "direct": it.direct,
        "speakers": [e.ref() for e in it.speakers],
        "cue": it.cue,
        "sentence": {"start": it.sent[0], "end": it.sent[1], "text": text[it.sent[0] : it.sent[1]]},
        "spans": [{"start": a, "end": b} for a, b in it.spans],
    }
