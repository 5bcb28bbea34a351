"""Sources named by a preposition: "selon X", "d’après X", "according to X", sentence-initial "Pour X, …".

The prepositions are the ``prep`` (anywhere) and ``prep_start`` (first words of a sentence only) entries of the
lexicon; each function returns the head token of the source's noun phrase, for :mod:`.resolve`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..tree import children, span_text, span_tokens, tokens
from . import labels
from .bare_source import bare_source as _bare_source
from .fragments import purpose
from .frame import Frame
from .lexicon import Lexicon
from .speakers import Mentions, Speaker, dedupe
from .subjects import speaker_heads, surface_subject


def prep_regex(p: str) -> str:
    """A pattern matching preposition ``p`` (folded; any run of spaces between its words) before a word break."""
    return re.escape(p).replace(r"\ ", r"\s+") + r"(?!\w)"


@functools.cache
def _pattern(p: str, anywhere: bool) -> re.Pattern[str]:
    """:func:`prep_regex` of ``p`` compiled once: to match at the start of a string, or (``anywhere``) after a word
    break anywhere in it. The word break is tested after the first letter (a lookbehind over that letter and the
    character before it: the same test), so that the pattern opens with a literal, which the regex engine looks for
    first: testing for a word break at every character of a text was most of the quote stage's source search."""
    if anywhere and p:
        return re.compile(re.escape(p[0]) + r"(?<!\w.)" + prep_regex(p[1:]))
    return re.compile((r"(?<!\w)" if anywhere else "") + prep_regex(p))


@functools.cache
def _any_of(preps: frozenset[str]) -> re.Pattern[str]:
    """One pattern matching any of ``preps`` after a word break: a text it does not match holds none of them, so
    the preposition-by-preposition scans below are skipped for most sentences (their cost grows with the lexicon)."""
    return re.compile("|".join(_pattern(p, True).pattern for p in _longest_first(preps)))  # each word break as there


@functools.cache
def _any_of_both(preps: frozenset[str], starts: frozenset[str]) -> re.Pattern[str]:
    """:func:`_any_of` of the two sets together, cached on the sets themselves (their union is a new set, hashed and
    compared again, at every call)."""
    return _any_of(preps | starts)


@functools.cache
def _opening(preps: frozenset[str]) -> re.Pattern[str]:
    """One pattern matching at a string's start where one of ``preps`` does: a unit it does not match opens with
    none of them."""
    return re.compile("|".join(_pattern(p, False).pattern for p in _longest_first(preps)) or "(?!)")  # none: never


@functools.cache
def _longest_first(preps: frozenset[str]) -> list[str]:
    """``preps`` longest first, so that a longer phrase wins over a preposition it starts with ("selon les mots
    de X" over "selon", "according to a statement from X" over "according to")."""
    return sorted(preps, key=lambda p: (-len(p), p))  # cached: the lexicon's sets are frozen


@functools.cache
def _first_words(preps: frozenset[str]) -> list[tuple[str, str]]:
    """Each of ``preps`` (in the set's order) with its first word, which any text it matches holds verbatim."""
    return [(p, p.split(" ", 1)[0]) for p in preps]


def _fold_same_length(s: str) -> str:
    return s.replace("’", "'").lower()  # same length: offsets stay valid


def _object_of(last: Token) -> Token | None:
    """The noun governed by preposition ``last`` (a "case" child of its noun, or a "prep" over a "pobj"), or the
    object of a verbal locution's verb ("à en croire X")."""
    if last.pos_ in labels.VERBAL:
        return next((x for x in children(last) if x.dep_ in {"obj", "dobj"}), None)
    if last.pos_ == "NOUN":
        return last  # a locution ending in its noun: "de source policière" (the source is the noun, described)
    head = last.head if last.dep_ in labels.CASE else next((x for x in children(last) if x.dep_ == "pobj"), None)
    if head is not None and head.dep_ in labels.CASE:
        head = head.head
    return head


def prep_object(fr: Frame, start: int, end: int) -> Token | None:
    """Head token of the source named after the preposition at ``[start, end)`` ("selon le ministre")."""
    span = fr.doc.char_span(start, end, alignment_mode="expand")
    assert span is not None  # "expand" always gives a span inside the text
    last = span[-1]
    head = _object_of(last)
    return head if head is not None and fr.same_unit(head, last) and (head.i > last.i or head is last) else None


def source_prefix(fr: Frame, u: Span) -> tuple[Token, Token, str] | None:
    """``(comma, source head, preposition)`` of a sentence opened by "Selon X," / "According to X,"; None
    otherwise."""
    low = _fold_same_length(span_text(u))
    if not _opening(fr.lex["prep"]).match(low):
        return None  # no preposition opens the unit (one test instead of one per preposition)
    for p in _longest_first(fr.lex["prep"]):
        m = _pattern(p, False).match(low)
        if not m:
            continue
        head = prep_object(fr, u.start_char, u.start_char + m.end())
        if head is None:
            return None
        commas = [t for t in tokens(fr.doc)[head.i + 1 : u.end] if t.text == ","]
        if not commas:
            return None
        comma = commas[0]  # "Selon le directeur du PAM, Henrik Solberg, le convoi…": skip the name in apposition
        if len(commas) > 1 and all(t.pos_ == "PROPN" for t in tokens(fr.doc)[comma.i + 1 : commas[1].i]):
            comma = commas[1]
        return comma, head, p
    return None


#: Words that may open a sentence before its source ("Or, selon X, …", "Mais selon X", "But according to X"): at
#: most this many, each a conjunction or an adverb.
CONNECTOR_MAX = 2


def source_clause(fr: Frame, u: Span) -> tuple[int, int, Token, str] | None:
    """``(start, end, source head, preposition)`` of the reported clause of unit ``u`` that names its source with a
    preposition of ``prep`` (or, for ``prep_start``, as its first words): opening the sentence, perhaps after a
    connector ("Selon X, …", "Or, selon X, …", "Pour X, …"); closing it ("…, selon X."); or between commas inside
    it ("Le convoi, selon X, a été arrêté"), perhaps after adverbs ("…, toujours selon X, …"). None when the unit
    names no source so, or the words reported hold no finite verb (a title, a list)."""
    toks = [t for t in span_tokens(u) if not t.is_space]
    if not toks:
        return None
    found = source_prefix(fr, u)
    if found is not None:
        comma, head, p = found
        return _clause(toks, comma.i + 1, toks[-1].i + 1, (toks[0].i, comma.i), head, p)
    low = _fold_same_length(span_text(u))
    if not _any_of_both(fr.lex["prep"], fr.lex["prep_start"]).search(low):
        return None
    preps = [(p, False) for p in _longest_first(fr.lex["prep"])] + [
        (p, True) for p in _longest_first(fr.lex["prep_start"])
    ]
    for p, at_start in preps:
        for m in _pattern(p, True).finditer(low):
            start = u.start_char + m.start()
            if fr.in_quote(start):
                continue
            obj = prep_object(fr, start, u.start_char + m.end())
            if obj is None or obj.pos_ not in {"NOUN", "PROPN", "PRON"} or (at_start and _bare_noun(obj)):
                continue  # "Pour rappel, …", "Pour mémoire, …": a locution, no source
            head = obj
            before = [t for t in toks if t.idx < start]
            words = [t for t in before if not t.is_punct]
            after = [t for t in toks if t.i > head.right_edge.i]
            if len(words) <= CONNECTOR_MAX and all(t.pos_ in {"CCONJ", "ADV"} for t in words):
                sep = next((t for t in after if t.text == ","), None)  # "Or, selon X, …"
                if sep is None or any(not t.is_punct and t.i < sep.i for t in after):
                    continue
                source = (before[-1].i + 1 if before else toks[0].i, head.right_edge.i)
                return _clause(toks, sep.i + 1, toks[-1].i + 1, source, head, p)
            before = _before_adverbs(before)  # "…, toujours selon X, …": the adverbs belong to the source
            source = (before[-1].i + 1 if before else toks[0].i, head.right_edge.i)
            rest = fr.text[u.start_char + m.end() :]
            if at_start or not before or (before[-1].text != "," and not _bare_source(before, after, rest)):
                continue
            cut = before[-1].i + (before[-1].text != ",")  # "… ont été tuées selon X.": no comma before it
            if all(t.is_punct and t.text != "," for t in after):  # "…, selon X."
                return _clause(toks, toks[0].i, cut, source, head, p)
            if after and after[0].text == ",":  # "Le convoi, selon X, a été arrêté"
                # "The mayor was re-elected, according to X, ahead of his rival, who…": a finite main verb before
                # the source and none in the phrase after it close the reported words there, not the adjuncts and
                # relatives after it ("ce qui, selon X, était nécessaire": the verb after is the statement's)
                phrase = after[1 : next((k for k, t in enumerate(after) if k and t.text == ","), len(after))]
                done = any(t.dep_ == "ROOT" and t.idx < start and labels.finite(t) for t in toks) and not any(
                    "Fin" in labels.feature(t, "VerbForm") for t in phrase
                )
                return _clause(toks, toks[0].i, cut if done else toks[-1].i + 1, source, head, p)
    return None


def _bare_noun(t: Token) -> bool:
    """Whether ``t`` is a common noun with no determiner ("rappel" in "Pour rappel, …"): no one who speaks."""
    return t.pos_ == "NOUN" and not any(c.dep_ in {"det", "nmod:poss", "nummod"} for c in children(t))


def _before_adverbs(before: list[Token]) -> list[Token]:
    """Tokens ``before`` a source preposition less at most :data:`CONNECTOR_MAX` adverbs right before it ("…,
    toujours selon X", "…, notamment d’après X")."""
    k = len(before)
    while k > 0 and len(before) - k < CONNECTOR_MAX and before[k - 1].pos_ == "ADV":
        k -= 1
    return before[:k]


def _clause(
    toks: list[Token], a: int, b: int, source: tuple[int, int], head: Token, p: str
) -> tuple[int, int, Token, str] | None:
    """Tokens ``a``..``b`` (exclusive) as reported words with their source (its tokens ``source``, inclusive);
    None without a finite verb outside the source."""
    words = [t for t in toks if a <= t.i < b]
    if not words or not any("Fin" in labels.feature(t, "VerbForm") for t in words if not source[0] <= t.i <= source[1]):
        return None
    return words[0].idx, words[-1].idx + len(words[-1]), head, p


def source_start(fr: Frame, u: Span) -> tuple[Token, str] | None:
    """``(source head, preposition)`` of a sentence opening on a source ("Selon X, …", "Pour X, …"); None."""
    low = _fold_same_length(span_text(u))
    for p in _longest_first(fr.lex["prep"] | fr.lex["prep_start"]):
        m = _pattern(p, False).match(low)
        head = prep_object(fr, u.start_char, u.start_char + m.end()) if m else None
        if head is not None:
            return head, p
    return None


def prep_source(ctx: Span, fr: Frame) -> tuple[str, list[Token]] | None:
    """``(preposition, [source head])`` of a source named in sentence span ``ctx`` outside quotation marks ("selon
    X", "according to X", sentence-initial "Pour X,"); None when there is none."""
    lex, doc = fr.lex, fr.doc
    low = _fold_same_length(fr.text[ctx.start_char : ctx.end_char])
    if not _any_of_both(lex["prep"], lex["prep_start"]).search(low):
        return None
    preps = [(p, False) for p in _longest_first(lex["prep"])] + [(p, True) for p in _longest_first(lex["prep_start"])]
    for p, at_start in preps:
        for m in _pattern(p, True).finditer(low):
            if fr.in_quote(ctx.start_char + m.start()) or (at_start and low[: m.start()].strip()):
                continue
            span = doc.char_span(ctx.start_char + m.start(), ctx.start_char + m.end(), alignment_mode="expand")
            assert span is not None  # "expand" always gives a span inside the text
            last = span[-1]
            if purpose(last):
                continue  # "Pour justifier sa démarche, X invoque « … »": a purpose, no source
            head = _object_of(last)
            if head is None or not fr.same_unit(head, last):
                return p, []
            joint = [x for x in children(head) if x.dep_ == "conj" and any(y.dep_ == "cc" for y in children(x))]
            return p, [head] + [x for x in joint if x.pos_ in {"PROPN", "NOUN"}]  # "Pour X et Y, …"
    return None


def sources_in_text(fr: Frame) -> Iterator[Token]:
    """The head of every source named anywhere outside quotation marks ("…, selon le gouverneur, X."), by
    preposition then position."""
    low = _fold_same_length(fr.text)
    for p, first in _first_words(fr.lex["prep"]):
        if first not in low:  # its first word printed nowhere: no match (a substring test, much cheaper)
            continue
        for m in _pattern(p, True).finditer(low):
            head = None if fr.in_quote(m.start()) else prep_object(fr, m.start(), m.end())
            if head is not None:
                yield head


def opening_source(pron: Token, mentions: Mentions, lex: Lexicon) -> list[Speaker]:
    """The one entity named by the source phrase opening the sentence of impersonal subject ``pron`` ("Du côté de
    X, on affirme que…", "Selon X, on ignore…"): the phrase runs from a ``prep``/``prep_start`` entry to the comma
    right before ``pron``; [] when the sentence opens otherwise or the phrase names no entity or several."""
    sent = pron.sent
    words = pron.doc[sent.start : pron.i]
    if len(words) < 3 or words[-1].text != ",":
        return []
    low = _fold_same_length(span_text(words))
    if not any(_pattern(p, False).match(low) for p in lex["prep"] | lex["prep_start"]):
        return []
    found = dedupe([e for t in words for e in mentions.covering(t.idx, t.idx + len(t))])
    return found if len(found) == 1 else []


def closing_source(ctx: Span, o: int, c: int, fr: Frame) -> tuple[str, list[Token]] | None:
    """``(cue, [speaker heads])`` of the attribution that closes sentence ``ctx`` after the quote between ``o`` and
    ``c``: a comma, then a source ("…, selon une source diplomatique.") or a speech verb with its inverted subject
    ("… a servi à aborder « … », a indiqué X.", "… prévoit « … » pour le retrait, a déclaré, dans un
    communiqué, X."), running to the sentence's end with no quoted words; the quote may be followed by others, the
    attribution closing the last ("… d’évoquer « … » et de conduire à « … », selon X"). None otherwise, or when the
    quote opens its sentence (its own incise then)."""
    c = max([m[1] for m in fr.marks if c <= m[1] < ctx.end_char and m[0] >= ctx.start_char] or [c])
    after = [t for t in span_tokens(ctx) if t.idx > c and not t.is_space]
    if any(fr.in_quote(t.idx) for t in after):
        return None
    if not any(not t.is_punct and not fr.in_quote(t.idx) for t in span_tokens(ctx) if t.idx < o):
        return None
    source = prep_source(ctx, fr)
    for i, comma in enumerate(after[:-2]):
        if comma.text != ",":
            continue
        if source is not None and source[1] and _starts(fr, after[i + 1], "prep") and source[1][0].idx > comma.idx:
            return source
        k = i + 1
        while k < len(after) and (after[k].pos_ in {"AUX", "ADV"} or after[k].dep_.startswith("aux")):
            k += 1
        if k + 1 < len(after) and fr.pair_head(after[k], after[k + 1]):
            k += 1  # "a fait savoir X": the infinitive is the cue
        v = after[k] if k < len(after) else None
        if v is None or not fr.verbal(v) or not (fr.is_cue(v) or fr.lex.lemma(v) in fr.lex["verb_incise"]):
            continue
        heads = surface_subject(v, v.idx, fr.lex["time"]) or speaker_heads(v, fr, v.idx)
        heads = [h for h in heads if h.idx > v.idx]  # the inverted subject, not the narrative's
        source_cited = cited(fr, v.idx, ctx.end_char)
        return (fr.lex.lemma(v), [source_cited] if source_cited is not None else heads) if heads else None
    return None


def cited(fr: Frame, start: int, end: int) -> Token | None:
    """The head of the source a reporter cites between ``start`` and ``end`` ("…, a rapporté X en se référant à Y",
    "…, X reported, citing Y": Y speaks); None when none is cited."""
    low = _fold_same_length(fr.text[start:end])
    for p in _longest_first(fr.lex["citing"]):
        m = _pattern(p, True).search(low)
        if m is not None and not fr.in_quote(start + m.start()):
            return prep_object(fr, start + m.start(), start + m.end())
    return None


def _starts(fr: Frame, t: Token, kind: str) -> bool:
    """Whether token ``t`` opens an entry of lexicon ``kind`` ("selon", "d’après", "according to")."""
    low = _fold_same_length(fr.text[t.idx : t.idx + 40])
    return _opening(fr.lex[kind]).match(low) is not None


def own_subject(v: Token, fr: Frame) -> bool:
    """Whether speech verb ``v`` has a subject of its own, not inherited from the verb above it ("X a déclaré", "a-t-il
    dit"; not "L’entretien a servi à aborder", "devrait permettre de discuter")."""
    return any(x.dep_ in labels.SUBJECT or x.dep_ in labels.passive_subject() for x in children(v)) or any(
        t.text.startswith("-") and len(t.text) > 2 for t in v.doc[max(0, v.i - 3) : v.i]
    )
