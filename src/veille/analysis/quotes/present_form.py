"""A speech verb's present tense that the model tags as an adverb, an adjective or a noun right before a bare
infinitive ("Le Valdor dément avoir tiré…", "X dément catégoriquement être impliqué…": "dément" is also the adjective
"insane", and the parse makes "avoir tiré" the sentence's own predicate), for languages with the lexicon flag
``infinitive_report``: the infinitive is what the subject before it states, as "nie avoir…" is read. Only a word form
of the lexicon's ``form`` rows of a speech verb, after a subject with no verb of its own and before an infinitive
(adverbs between); read by :func:`.indirect.indirect_quotes`."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..tree import span_tokens
from . import labels
from .frame import Frame
from .lexicon import INFINITIVE_REPORT, token_fold


def present_forms(fr: Frame) -> Iterator[tuple[Token, Token, Token, list[Token]]]:
    """``(first, last, form, subject heads)`` of each infinitive such a misread present form states."""
    if not fr.lex.has(INFINITIVE_REPORT):
        return
    for u in fr.units:
        toks = [t for t in span_tokens(u) if not t.is_space]
        for k, t in enumerate(toks):
            if t.pos_ in labels.VERBAL or token_fold(t) not in fr.lex.forms or fr.in_quote(t.idx):
                continue
            if fr.lex.lemma(t) not in fr.lex["verb"]:
                continue
            nxt = next((x for x in toks[k + 1 :] if x.pos_ != "ADV"), None)
            if nxt is None or labels.feature(nxt, "VerbForm") != ["Inf"]:
                continue  # "Un homme dément a attaqué…", "le projet dément de X": the adjective
            before = toks[:k]
            if not before or any(x.pos_ in labels.VERBAL or x.is_punct for x in before):
                continue  # the subject alone before it, no verb nor clause of its own
            inside = {x.i for x in before}
            heads = [
                x for x in before if x.pos_ in {"NOUN", "PROPN", "PRON"} and (x.head.i not in inside or x.head.i == x.i)
            ]
            last = next((x for x in reversed(toks) if not x.is_punct), None)
            if heads and last is not None and last.i > nxt.i:
                yield nxt, last, t, heads[:1]
