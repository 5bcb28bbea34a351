"""Institutions named again by their head noun alone: "le ministère", "la présidence", "the department", "the
command". A definite head noun of ``institution_heads`` (``lang/<code>/entities.json``) printed bare (no complement
after it: "le ministère de la Santé" is a full name, read by the earlier passes) is one more mention of the
organisation named last before it whose mention holds that head ("le ministère de la Santé de Gaza ... le
ministère", "the Treasury Department ... the department"). No entity is created: a head noun with nothing before it
to refer to is no entity; the quote stage can then give a statement of "the ministry" to its institution.

Likewise a definite organisation noun (``data/kb/group_nouns.tsv``, sector IGO: "l'organisation régionale", "the
bloc") is one more mention of the one international organisation the text has named before it ("la SADC ...
L'organisation régionale"); none when it has named several or none (:func:`group_references`). Quotes and events
read the mention. The armed-group nouns of the same file ("les rebelles") are read by the event coder alone
(:func:`veille.analysis.events.placetime.named_group`, as actors of the verb they govern): as mentions, every
stage took them for the group, and the real dev events gained two false positives."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from ...record import Entity
from ..kb import group_nouns, norm
from ..kbnorm import norm_positions, token_norm
from ..tree import span_text, text_of, tokens
from .table import Article, EntityTable
from .words import words

#: The sectors of group nouns made mentions (module docstring).
MENTION_SECTORS = frozenset({"IGO"})
#: Longest head noun, in tokens ("état-major" may be three: "état", "-", "major").
MAX_HEAD_TOKENS = 3


@functools.lru_cache(maxsize=16)  # a few vocabularies, each asked about every token
def _prefixes(vocabulary: frozenset[str]) -> frozenset[str]:
    """Every prefix of every phrase of ``vocabulary`` (``first in _prefixes(v)``: ``any(h.startswith(first) for h in
    v)``)."""
    return frozenset(h[:k] for h in vocabulary for k in range(len(h) + 1))


def phrase_end(art: Article, i: int, vocabulary: frozenset[str], max_tokens: int) -> int:
    """End of the longest phrase of ``vocabulary`` (normalised) starting at token i, at most ``max_tokens`` long;
    i when none."""
    doc = art.doc
    if token_norm(tokens(doc)[i]) not in _prefixes(vocabulary):  # no phrase of the vocabulary starts so
        return i
    for j in range(min(len(doc), i + max_tokens), i, -1):
        if norm(text_of(doc, i, j)) in vocabulary:
            return j
    return i


def _after_definites(doc: Doc) -> list[int]:
    """The positions of the tokens right after a definite article (the passes below look at nothing else)."""
    return [k + 1 for k in norm_positions(doc, words().definite) if k + 1 < len(doc)]


def bare_definites(art: Article, table: EntityTable, vocabulary: frozenset[str], max_tokens: int) -> Iterator[Span]:
    """Each lower-case phrase of ``vocabulary`` after a definite article, in no mention yet and printed bare: no
    adjective or "of"/"to" complement after it ("le ministère de la Culture", "la préfecture maritime", "la
    présidence tournante" name other bodies, or none)."""
    doc, w = art.doc, words()
    toks = tokens(doc)
    for i in _after_definites(doc):
        if not toks[i].is_lower or i in table.taken:
            continue
        j = phrase_end(art, i, vocabulary, max_tokens)
        if j == i or any(t in table.taken for t in range(i, j)):
            continue
        if j < len(doc) and (toks[j].pos_ == "ADJ" or toks[j].pos_ == "ADP" and token_norm(toks[j]) in w.of | w.to):
            continue
        yield doc[i:j]


def holds(ent: Entity, head: str, before: int) -> int:
    """Start of the latest mention of ``ent`` before character ``before`` that holds the word ``head``; -1 if none."""
    starts = [m["start"] for m in ent["mentions"] if m["end"] <= before and head in norm(m["text"]).split()]
    return max(starts, default=-1)


def short_forms(art: Article, table: EntityTable) -> None:
    """Each bare definite head noun ("le ministère", "the presidency") becomes a mention of the organisation
    last named with that head before it (module docstring)."""
    for span in bare_definites(art, table, words().institution_heads, MAX_HEAD_TOKENS):
        head, at = norm(span_text(span)), span.start_char
        latest = max(
            ((holds(e, head, at), n, e) for n, e in enumerate(table.ents.values()) if e["type"] == "ORG"),
            key=lambda x: (x[0], x[1]),
            default=None,
        )
        if latest is not None and latest[0] >= 0:
            table.tok_mention(latest[2], span.start, span.end)


def group_references(art: Article, table: EntityTable) -> None:
    """Each definite organisation noun ("the bloc", "l'organisation") becomes a mention of the one coded
    organisation of its sector named before it, if the text has named exactly one (module docstring)."""
    doc, w, nouns = art.doc, words(), group_nouns()
    toks = tokens(doc)
    for i in _after_definites(doc):
        t = toks[i]
        sector = nouns.get(t.lemma_.lower()) or nouns.get(t.lower_)
        if sector not in MENTION_SECTORS or not t.is_lower or i in table.taken:
            continue
        if i + 1 < len(doc) and toks[i + 1].pos_ == "ADP" and token_norm(toks[i + 1]) in w.of:
            continue  # "l'organisation des Nations unies", "the alliance of ...": a name, or another group
        named = {
            e["code"]: e
            for e in table.ents.values()
            if e["type"] == "ORG"
            and e.get("sector") == sector
            and e.get("code")
            and any(m["end"] <= t.idx for m in e["mentions"])
        }
        if len(named) == 1:
            table.tok_mention(next(iter(named.values())), i, i + 1)
