"""The clause a closing incise's speaker carries after its phrase (issue 12): « …, a annoncé le gouverneur X qui
dresse un bilan … et accuse … », « …, a affirmé le parti lors d'une conférence avant de réclamer … », « …, a indiqué
l'armée alors même que … ». A relative clause on the speaker's noun, what it coordinates, and a clause of time or
contrast opened by a word of the lexicon kind ``incise_tail`` tell what the speaker did besides or what happened
meanwhile: the incise still closes the sentence before it. :func:`.closing.incise` reads the sentence cut before that
clause when the whole sentence gives no incise (the clause's own speech verb, a comma inside its reported words or a
verb coordinated after it hid the incise's).
"""

from __future__ import annotations

from spacy.tokens import Token

from . import labels
from .frame import Frame, negated
from .incises import INCISE_MAX_BEFORE
from .lexicon import INCISE_SUBJECT_RELATIVE, fold

#: At most this many words in an opener of the lexicon kind ``incise_tail`` ("alors même que").
_OPENER_WORDS = 3


def speaker_clause(fr: Frame, toks: list[Token]) -> int | None:
    """The index in ``toks`` (a sentence's tokens) of the first word of the clause the speaker of a closing incise
    carries after its phrase, None when there is none: a comma, only auxiliaries, adverbs and clitics, a speech verb
    (not negated), the speaker's words with no verb, then a relative pronoun whose clause hangs on one of those words
    (languages with the flag ``incise_subject_relative``) or an ``incise_tail`` opener."""
    for c, comma in enumerate(toks):
        if comma.text != "," or not c:
            continue
        k = c + 1
        while k < len(toks) and (toks[k].pos_ in {"AUX", "ADV"} or toks[k].text.startswith("-")):
            k += 1
        if k >= len(toks) or k - c - 1 > INCISE_MAX_BEFORE or not fr.is_cue(toks[k]) or negated(toks[k]):
            continue
        phrase = {x.i for x in toks[k + 1 :]}
        for j in range(k + 1, len(toks)):
            x = toks[j]
            if j > k + 1 and (_opens_relative(fr, x, phrase, toks[k].i) or _opener(fr, toks, j)):
                return j
            if x.pos_ in {"VERB", "AUX", "SCONJ"}:
                break  # a verb of the speaker's phrase ("…, a dit X, nommé hier"): not this shape
    return None


def _opens_relative(fr: Frame, x: Token, phrase: set[int], v: int) -> bool:
    """Whether ``x`` is the relative pronoun of a clause on a noun or name of the speaker's phrase (after the verb
    ``v``)."""
    if not fr.lex.has(INCISE_SUBJECT_RELATIVE) or "Rel" not in labels.feature(x, "PronType"):
        return False
    clause = x.head
    noun = clause.head  # not a pronoun of whom the words were said to (« …, a-t-elle dit à celui qui… »)
    return clause.dep_ in labels.RELATIVE and noun.i in phrase and v < noun.i < x.i and noun.pos_ in {"NOUN", "PROPN"}


def _opener(fr: Frame, toks: list[Token], j: int) -> bool:
    """Whether ``toks[j]`` opens a clause of time or contrast of the lexicon kind ``incise_tail`` ("alors que",
    "avant de")."""
    openers = fr.lex["incise_tail"]
    if not openers:
        return False
    words = [fold(t.text) for t in toks[j : j + _OPENER_WORDS]]
    return any(" ".join(words[:n]) in openers for n in range(1, len(words) + 1))
