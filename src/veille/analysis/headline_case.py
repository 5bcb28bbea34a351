"""Headlines printed in Title Case ("Israel Accepts The Envoy's Apology") read in sentence case for the parse.

A parser trained on running text reads a run of capitalised words as one chain of proper names: the verb of a Title
Case headline is no verb, and its act is lost wherever the body does not tell it again. A headline is in Title Case
when nearly every word of four letters or more opens with a capital; a word of it is then lower-cased when it is a
common word: a stop word of the language, a trigger lemma of its event lexicon, or a word the body prints in lower
case (its stem: "Kills" for "killed"), unless it is the first, written in capitals ("UN", "NATO"), or printed with a
capital by the body where no sentence opens (names: "Israel", "President", "Duterte's"). Names the body never
prints in lower case ("Iran", "Azeri") keep their capital. Each word keeps its length, so the headline's offsets are unchanged
and the record quotes the headline as printed."""

from __future__ import annotations

import functools
import re

#: A word: letters, with inner apostrophes and hyphens ("Duterte's", "Cease-Fire").
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: Marks after which a capital opens a sentence (or a quotation) rather than a name.
_OPENERS = frozenset(".!?:;\"“”«»‘'()[]—–-•*\n")
#: The least share of the headline's long words (4 letters or more) that open with a capital, and the least number
#: of long words, for a Title Case headline; a headline runs to 20 words at most.
TITLE_SHARE, TITLE_WORDS, HEADLINE_WORDS = 0.85, 3, 20


def _bare(word: str) -> str:
    """The word without its possessive ("Duterte's" -> "Duterte")."""
    return re.sub(r"['’]s$", "", word)


def _named(body: str) -> set[str]:
    """The words the body prints with a capital where no sentence or quotation opens."""
    out = set()
    for m in _WORD.finditer(body):
        word = m.group()
        if not word[0].isupper():
            continue
        before = body[: m.start()].rstrip(" \t")
        if before and before[-1] not in _OPENERS:
            out.add(_bare(word))
    return out


def is_title_case(title: str) -> bool:
    words = _WORD.findall(title)
    long = [w for w in words if len(w) >= 4]
    return len(words) <= HEADLINE_WORDS and len(long) >= TITLE_WORDS and sum(w[0].isupper() for w in long) >= TITLE_SHARE * len(long)


def _stem(word: str) -> str:
    """A crude stem of a lower-case word, to meet its other inflections ("kills", "killed", "killing": "kill")."""
    return re.sub(r"(?:ing|ed|es|s|d)$", "", word) if len(word) > 4 else word


def sentence_case(title: str, body: str, common: frozenset[str] = frozenset()) -> str:
    """``title`` with its common words in lower case when it is printed in Title Case (else as is); ``common``: the
    language's stop words and trigger lemmas."""
    if not is_title_case(title):
        return title
    named = _named(body)
    lower = {w for w in _WORD.findall(body) if w.islower()}
    stems = {_stem(w) for w in lower} | {_stem(w) for w in common}
    out = list(title)
    for k, m in enumerate(_WORD.finditer(title)):
        word = m.group()
        if k == 0 or not word[0].isupper() or word.isupper() or _bare(word) in named:
            continue
        lowered = word.lower()
        if lowered not in common and lowered not in lower and _stem(_bare(lowered)) not in stems:
            continue
        parts = re.split(r"(['’-])", word)
        if any(c.isupper() for p in parts for c in p[1:]):  # "McCain", "iPhone": a name's own inner capital
            continue
        if len(lowered) == len(word):
            out[m.start() : m.end()] = lowered
    return "".join(out)


@functools.cache
def common_words(code: str) -> frozenset[str]:
    """The common words of language ``code``: spaCy's stop words and the trigger lemmas of its event lexicon."""
    from spacy.util import get_lang_class

    from .events.lexicon import lexicon

    return frozenset(get_lang_class(code).Defaults.stop_words) | lexicon(code).lemmas
