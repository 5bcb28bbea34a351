"""A body or its spokesperson named again by a common noun (issue 12, stop 51): the speaker is the one the text named.

News names a police force, an army or a spokesperson once in full ("the Metropolitan Police", "soldiers of the
Pakistan Army", "Army spokesman, Brig.-Gen X") and then again by a common noun: "Police said …", "…, the military
said", "The Army spokesman explained …", "Norland's foreign ministry spokesman says". Three readings, each in the
lexicon's data:

- ``bare_definite``: a body noun the language prints with no article where it names one body ("Police said …"):
  such a phrase refers back as a definite one does (:meth:`.resolve.Resolver.definite`). English: police.
- ``body_synonym``: a body noun that names back an entity named with another noun (``body_synonym<TAB>military
  army``: "the military" after "the Pakistan Army"; news and its annotators call a state's army its military).
- the spokesperson of a body the text names as that body's spokesperson (:func:`named_spokesperson`): a person
  named with a spokesperson noun whose words before it name that body ("Nigerian Army spokesman", "foreign ministry
  spokesman Lena Korvik", "Army spokesman, Colonel X"), where the phrase read the body it speaks for; the body
  speaks only when the text names no such person, or several. The body is read in the words before the noun (the
  English order) or in a mention of it right after the noun (« X, porte-parole de la PNH »).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..tree import children
from .epithets import noun_word
from .lexicon import Lexicon, fold
from .speakers import Mentions, Speaker, dedupe

BARE_DEFINITE = "bare_definite"
BODY_SYNONYM = "body_synonym"


def bare_definite(head: Token, lex: Lexicon) -> bool:
    """Whether ``head`` is a ``bare_definite`` body noun printed alone, with no determiner nor modifier ("Police
    said …"; not "police officers", "Kenyan police", "some police")."""
    return bool({head.lemma_.lower(), fold(head.text)} & lex[BARE_DEFINITE]) and not any(
        c.dep_ in {"det", "amod", "compound", "nmod", "poss", "nmod:poss", "nummod", "quantmod"} for c in children(head)
    )


def body_words(head: Token, lex: Lexicon) -> re.Pattern[str]:
    """The words of ``head`` a folded name or mention may hold to be named back by it: its own word, singular or
    plural ("armée" in "état-major des armées"), and the nouns its ``body_synonym`` rows give ("army" for
    "military")."""
    word = fold(head.text)
    return noun_word(
        head, [e.split(" ", 1)[1] for e in lex[BODY_SYNONYM] if e.split(" ", 1)[0] in {word, head.lemma_.lower()}]
    )


def named_spokesperson(
    head: Token, bodies: list[Speaker], text: str, mentions: Mentions, lex: Lexicon
) -> list[Speaker]:
    """The one person the text names as the spokesperson of the body that the spokesperson phrase of ``head`` read
    (``bodies``, one organisation or state): a person with a mention holding a spokesperson noun, or printed right
    after one ("Army spokesman, Colonel X"), whose words before that noun name the same body as the phrase's (the
    one a word-final part of the other: "Army" and "Nigerian Army", "foreign ministry" and "Valdoria's foreign
    ministry") or hold a mention of it; [] when none or several."""
    if len(bodies) != 1 or bodies[0].type not in {"ORG", "GPE"} or bodies[0].id is None:
        return []
    body = bodies[0].key
    own = [_word(t.text) for t in head.doc[head.left_edge.i : head.i] if t.dep_ != "det" and not t.is_punct]
    spots = [(a, b) for a, b, sp in mentions.spans if sp.key == body]
    found = []
    for a, b, sp in mentions.spans:
        if sp.type != "PERSON" or b > head.idx and a < head.idx + len(head):
            continue
        for x, y in _namings(a, b, text, lex):
            words = [_word(w) for w in text[x:y].split()]
            if _tail(words, own) or any(x <= m and n <= y for m, n in spots):
                found.append(sp)
        if _spokes(text[a:b], lex) and any(_after(b, m, text) for m, _ in spots):  # « porte-parole de la PNH »
            found.append(sp)
    people = dedupe(found)
    return people if len(people) == 1 else []


#: The words before a spokesperson noun that may name its body ("Valdorian Army spokesman", "the foreign ministry
#: spokesman"): up to four, after a sentence's or clause's start.
_BEFORE = r"((?:[^\s,.;:]+\s+){0,4})"


def _namings(a: int, b: int, text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """The spans of the words that name a body before a spokesperson noun in a person's mention [a, b) or right before
    it ("Nigerian Army spokesman", "Army spokesman, Colonel X", "foreign ministry spokesman X")."""
    nouns = "|".join(re.escape(n) for n in sorted(lex["spokes"]))
    out = []
    lo = max(0, a - 60)
    for start, end, tail in ((a, b, r"\b"), (lo, a, r",?\s*$")):  # inside the mention, then ending right before it
        named = re.search(_BEFORE + r"(?:" + nouns + r")" + tail, _flat(text[start:end]))
        if named and named.group(1):
            out.append((start + named.start(1), start + named.end(1)))
    return out


#: Words that may stand between a spokesperson's noun and the body it names after it (« porte-parole de la PNH »,
#: "spokesman for the army"), folded.
_LINKS = frozenset({"of", "of the", "for", "for the", "de", "du", "de la", "de l'", "des"})


def _spokes(mention: str, lex: Lexicon) -> bool:
    """Whether a person's mention ends on a spokesperson noun (« porte-parole », "Army spokesman")."""
    words = fold(mention).split()
    return bool(words) and words[-1] in lex["spokes"]


def _after(end: int, start: int, text: str) -> bool:
    """Whether a body's mention opening at ``start`` follows a spokesperson's mention ending at ``end`` with a word of
    :data:`_LINKS` between (« porte-parole de la PNH »)."""
    return end <= start <= end + 8 and fold(text[end:start]) in _LINKS


def _flat(s: str) -> str:
    """``s`` lower-cased with typographic apostrophes as ``'``: folded, its offsets kept."""
    return s.replace("’", "'").lower()


def _word(w: str) -> str:
    """A word as compared: folded, without a possessive ending ("valdoria's" -> "valdoria")."""
    w = fold(w)
    return w[:-2] if w.endswith("'s") else w


def _tail(x: list[str], y: list[str]) -> bool:
    """Whether the shorter of two non-empty word lists is the end of the longer."""
    short, long_ = sorted((x, y), key=len)
    return bool(short) and long_[len(long_) - len(short) :] == short


__all__ = ["BARE_DEFINITE", "BODY_SYNONYM", "bare_definite", "body_words", "named_spokesperson"]
