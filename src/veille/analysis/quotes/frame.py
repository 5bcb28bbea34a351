"""The document as the quote passes see it: its text, quotation-mark pairs, sentence units and cue tests.

A :class:`Frame` is built once per text and never changes; every pass reads it. Sentence units are cut by
:func:`units` rather than taken from the parser, which also cuts inside "Selon X, « … »".
"""

from __future__ import annotations

import bisect
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from ..context import TextContext
from ..tree import children, doc_text, starting_in, tokens
from . import labels
from .incises import inner_incises
from .lexicon import Lexicon, complementizer, fold, in_any_language, token_fold
from .marks import find_quoted, soft_break

_FINAL = {".", "!", "?", "…", "...", "?!", "!?"}
#: What may precede an incise whose subject is inverted before its participle ("…, s’est-elle indignée", "« … ! »
#: s’est-il exclamé"): a comma, or the closing mark of a quote ending on its own punctuation.
_INCISE_OPENERS = frozenset({",", "»", "”", '"', "›"})


def units(doc: Doc, opens: set[int], closes: set[int]) -> list[Span]:
    """Sentence units: cut at line breaks and after sentence-final punctuation followed by a capital or an opening
    mark (offsets ``opens``; a closing mark at ``closes`` stays with its sentence); spaCy's own boundaries are kept
    only after final punctuation (it also cuts inside "Selon X, « … »")."""
    toks = tokens(doc)
    words = [t.text for t in toks]
    starts, n = {0}, len(toks)
    for i in range(n - 1):
        w, nxt = words[i], toks[i + 1]
        if "\n" in w or "\n" in toks[i].whitespace_:
            at = toks[i].idx + (w.index("\n") if "\n" in w else len(w))
            if w.strip() or w.count("\n") > 1 or not soft_break(doc_text(doc), at):
                starts.add(i + 1)  # not at a line wrapped inside a sentence
        elif w in _FINAL or ((toks[i].idx in closes or w == ")") and i and words[i - 1] in _FINAL):
            if nxt.idx in closes:
                continue
            if nxt.is_sent_start or words[i + 1][:1].isupper() or nxt.idx in opens:
                starts.add(i + 1)
    bounds = sorted(starts) + [n]
    return [doc[a:b] for a, b in pairwise(bounds) if not all(t.is_space for t in toks[a:b])]


#: At most this many words in a connective before a colon that continues a quote ("Et puis, plus tard :"): longer
#: runs hold words of the writer's own.
CONNECTIVE_MAX_WORDS = 4


class Frame:
    """One text for quote extraction: ``doc``, its ``text``, the language's lexicon ``lex``, the outermost
    quotation-mark pairs ``marks`` and the sentence ``units`` (``unit[i]``: the unit of token ``i``)."""

    def __init__(self, context: TextContext, lex: Lexicon):
        doc = context.doc
        self.context = context
        self.doc, self.lex, self.text = doc, lex, context.text
        self.marks = find_quoted(self.text)
        self.mark_starts = [o for o, _ in self.marks]
        self.units = units(doc, {o for o, _ in self.marks}, {c for _, c in self.marks})
        self.unit_starts = [u.start_char for u in self.units]
        self.unit = [0] * len(doc)
        for k, u in enumerate(self.units):
            self.unit[u.start : u.end] = [k] * (u.end - u.start)
        self._cues: dict[int, bool] = {}  # token index -> is_cue: several passes test every token
        #: cue verb's index -> its subject heads (:func:`.subjects.subjects`): asked by the landmarks, the clauses
        #: and the incises of one verb in turn
        self.subject_heads: dict[int, list[Token]] = {}
        #: ``lex.lemma`` of every token, read once for the text: several passes read it of every token
        self.lemmas = [lex.lemma(t) for t in tokens(doc)]
        #: attribution incises set inside the marks ("« …, prévient X. … »"): read as outside the quote
        self.holes = inner_incises(doc, self.marks, lex)

    def mark_around(self, char: int) -> tuple[int, int] | None:
        """The outermost quotation-mark pair ``char`` lies inside (or on), or None."""
        k = bisect.bisect_right(self.mark_starts, char) - 1
        return self.marks[k] if k >= 0 and self.marks[k][0] <= char <= self.marks[k][1] else None

    def in_quote(self, char: int) -> bool:
        """Whether ``char`` lies inside (or on) an outermost quotation-mark pair, not in an incise set inside it."""
        return self.mark_around(char) is not None and not self.in_incise(char)

    def in_incise(self, char: int) -> bool:
        """Whether ``char`` lies in an attribution incise set inside quotation marks ("« …, prévient X. … »")."""
        return any(a <= char < b for a, b in self.holes)

    def connective_intro(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is only a connective and a colon before quotation marks ("Puis : « … »",
        "Then: “…”", "Et plus tard : « … »"): at most :data:`CONNECTIVE_MAX_WORDS` adverbs or conjunctions, no
        verb or noun: the quote goes on with the speaker quoted before."""
        toks = [t for t in starting_in(self.doc, start, end) if not t.is_space]
        words = [t for t in toks if not t.is_punct]
        return (
            bool(words)
            and toks[-1].text == ":"
            and len(words) <= CONNECTIVE_MAX_WORDS
            and all(t.pos_ in {"ADV", "CCONJ", "SCONJ"} for t in words)
        )

    def unit_index(self, char: int) -> int:
        """The index of the unit holding character ``char``."""
        return max(0, bisect.bisect_right(self.unit_starts, char) - 1)

    def unit_of(self, t: Token) -> Span:
        return self.units[self.unit[t.i]]

    def same_unit(self, a: Token, b: Token) -> bool:
        return self.unit[a.i] == self.unit[b.i]

    def is_cue(self, t: Token) -> bool:
        """Whether ``t`` is a speech verb outside quotation marks: a ``verb`` of the lexicon, or the second verb of a
        ``verb_pair`` ("a fait savoir", "laissait entendre que")."""
        cue = self._cues.get(t.i)
        if cue is None:
            cue = self._cues[t.i] = self._is_cue(t)
        return cue

    def _is_cue(self, t: Token) -> bool:
        lemma = self.lemmas[t.i]
        if lemma not in self.lex.cue_lemmas:
            return False  # the cheapest test first: no cue of either kind has this lemma (nearly every token)
        if not self.verbal(t) or self.in_quote(t.idx):
            return False
        if lemma in self.lex["verb"]:
            return True
        k, toks = t.i - 1, tokens(t.doc)
        while k >= 0 and (toks[k].pos_ in {"ADV", "PRON"} or toks[k].text.startswith("-")):
            k -= 1
        return k >= 0 and f"{self.lemmas[k]} {lemma}" in self.lex["verb_pair"]

    def pair_head(self, t: Token, v: Token) -> bool:
        """Whether ``t`` is the first verb of a ``verb_pair`` whose infinitive is cue ``v`` ("fait" in "a fait
        savoir", "laissait" in "laissait entendre")."""
        return t.i < v.i and f"{self.lex.lemma(t)} {self.lex.lemma(v)}" in self.lex["verb_pair"]

    def verbal(self, t: Token) -> bool:
        """Whether ``t`` is a verb: tagged so, or a word form of the lexicon's ``form`` rows that the model tags as
        a noun or adjective where it is a verb: with a subject or a clause of its own, or in an incise after a comma
        before its subject ("…, juge-t-il", "…, tranche le ministre"); or a participle the model tags as an adjective
        but lemmatises as a speech verb, after an inverted subject ("…, a-t-elle martelé")."""
        if t.pos_ in labels.VERBAL:
            return True
        if token_fold(t) not in self.lex.forms:
            return t.pos_ == "ADJ" and t.lemma_.lower() in self.lex["verb"] and _after_inversion(t.doc, t.i)
        if any(c.dep_ in labels.SUBJECT or c.dep_ == "ccomp" for c in children(t)):
            return True
        doc = t.doc
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and complementizer(nxt) and _after_subject(doc, t.i):
            return True  # "X juge que…", "Le maire, X, juge que…": a complementizer after (the parser's name part)
        k, inverted = t.i - 1, False
        while k > 0 and (doc[k].pos_ in {"PRON", "AUX", "X"} or doc[k].text.startswith("-") or auxiliary(doc[k])):
            inverted = inverted or (doc[k].text.startswith("-") and doc[k].text != "-")
            k -= 1  # "…, s’indigne X", "…, a tweeté X": a clitic or an auxiliary between the comma and the verb
        if inverted:  # "« … ! » s’est-elle indignée": its subject inverted before it, after the quote
            return k >= t.i - 4 and doc[k].text in _INCISE_OPENERS
        return (
            k >= 0
            and doc[k].text == ","
            and k >= t.i - 2
            and nxt is not None
            and (nxt.pos_ in {"PROPN", "DET", "PRON"} or nxt.text.startswith("-"))
        )

    def is_as_cue(self, t: Token, o: int) -> bool:
        """A verb that reports speech only with an "as"/"comme" complement before the quote at ``o`` ("dismissed
        the claims as « … »", "ce qu’il a présenté comme « … »")."""
        return (
            t.pos_ == "VERB"
            and self.lex.lemma(t) in self.lex["verb_as"]
            and not self.in_quote(t.idx)
            and any(fold(x.text) in self.lex["as"] for x in t.doc[t.i + 1 :] if x.idx < o)
        )


def _after_inversion(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows an auxiliary and its inverted subject clitic right after a comma, perhaps with an
    adverb ("…, a-t-elle martelé", "…, a-t-il encore affirmé")."""
    k = i - 1
    while k > 0 and doc[k].pos_ == "ADV":
        k -= 1
    clitics = 0
    while k > 0 and doc[k].text.startswith("-") and len(doc[k].text) > 1:
        clitics, k = clitics + 1, k - 1
    return clitics > 0 and k > 0 and auxiliary(doc[k]) and doc[k - 1].text in _INCISE_OPENERS


def _after_subject(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows a name, noun or pronoun that may be its subject, or a comma closing an apposition
    after one ("Le maire, X, juge que…"); not a determiner or preposition ("le juge que…", "du juge que…")."""
    k = i - 1 if i > 1 and doc[i - 1].text == "," else i
    return k > 0 and doc[k - 1].pos_ in {"PROPN", "NOUN", "PRON"}


def surface_word(t: Token) -> str:
    """The word of the text that starts at token ``t``, hyphenated parts included ("Celle-ci", that the model cuts
    into "Celle", "-", "ci"); read from the tokens (``Doc.text`` joins the whole text at each call)."""
    doc, j, word = t.doc, t.i, t.text
    while (
        not doc[j].whitespace_ and j + 1 < len(doc) and (doc[j + 1].text.startswith("-") or doc[j].text.endswith("-"))
    ):
        j += 1
        word += doc[j].text
    return word


def auxiliary(t: Token) -> bool:
    """An auxiliary or copula the parser tags as a verb ("s’est-il esclaffé": "est" the copula of an adjective)."""
    return t.dep_ == "cop" or t.dep_.startswith("aux")


def negated(v: Token) -> bool:
    """Whether verb ``v`` is negated ("n'a pas dit", "did not say"); not by a negation after it that the parser hangs
    on it but that negates the infinitive it reports ("admet n'avoir fait aucun gain", "dit ne pas savoir")."""
    negation = in_any_language("negation")
    return any(
        c.dep_ in {"neg", "advmod"} and fold(c.text) in negation and not _before_infinitive(c, v, negation)
        for c in children(v)
    )


def _before_infinitive(c: Token, v: Token, negation: frozenset[str]) -> bool:
    """Whether negation ``c`` follows verb ``v`` and opens an infinitive (after other negation words and clitics)."""
    if c.i < v.i:
        return False
    k = c.i + 1
    while k < len(v.doc) and (fold(v.doc[k].text) in negation or v.doc[k].pos_ == "PRON"):
        k += 1
    return k < len(v.doc) and "Inf" in labels.feature(v.doc[k], "VerbForm")


def passive(v: Token) -> bool:
    """Whether ``v`` is passive with no agent ("the envoy was called in"): its subject is not a speaker."""
    return any(c.dep_ in labels.passive_subject() for c in children(v)) and not any(
        c.dep_ in labels.agent() for c in children(v)
    )
