"""Quoted words that close the reported words of a sentence right before its incise ("Les pêcheurs ont été arrêtés
près de « la ligne de démarcation », a indiqué X."), for languages with the lexicon flag
``fragments_before_incise``: when the marks open inside the sentence, after words of its own and a predicate outside
them, they are a fragment of the statement the incise reports, not the whole statement a quote-then-incise sentence
("« … », a indiqué X", "X a été clair : « … », a-t-il ajouté") is (read by :func:`.reported.quoted_fragments`): the
sentence is reported, the fragment inside it (one quote, which holds the fragment's words; the seed gold lists the
fragment alone, so a second quote of it would be a false one there)."""

from __future__ import annotations

from spacy.tokens import Token

from . import labels
from .frame import Frame
from .lexicon import FRAGMENTS_BEFORE_INCISE, fold


def opens_inside(fr: Frame, toks: list[Token], k: int) -> bool:
    """Whether the quotation marks around ``toks[k]`` open after words of the sentence ``toks`` outside any marks,
    the last of them no colon."""
    if not fr.lex.has(FRAGMENTS_BEFORE_INCISE) or _source_after(fr, toks[k].idx):
        return False  # "…un « … », selon X": the gold lists the fragment alone, its source's
    at = toks[k].idx
    pair = next(((o, c) for o, c in fr.marks if o <= at <= c), None)
    if pair is None:
        return False
    before = [t for t in toks if t.idx < pair[0] and not t.is_space]
    if not before or before[-1].text == ":" or (before[-1].text == "," and not _closing(fr, before[:-1])):
        return False  # "« … », a dit X", "Sur place, « … », a dit X", "X a été clair : « … », a-t-il ajouté"
    if any(fr.is_cue(t) for t in before) and _pronoun_incise(toks[k + 1 : k + 6]):
        return False  # "X a déclaré avoir … « … », a-t-il déclaré": the incise repeats the sentence's speaker
    if not any(t.pos_ in labels.VERBAL and not fr.in_quote(t.idx) for t in before):
        return False  # "La convention « exige que… », peut-on lire": the quote holds the predicate, the statement
    after = [t for t in toks[k + 1 :] if not t.is_punct and not fr.in_quote(t.idx)][:5]  # past other fragments
    return _source_first(fr, toks[0].idx) or any(_speech(fr, t) for t in after)


def _speech(fr: Frame, t: Token) -> bool:
    """Whether ``t`` is a speech verb of a closing incise ("…, a indiqué X", "…, précise le communiqué")."""
    return fr.verbal(t) and (fr.is_cue(t) or fr.lex.lemma(t) in fr.lex["verb_incise"])


def _source_first(fr: Frame, at: int) -> bool:
    """Whether the sentence starting at ``at`` opens on a source preposition ("Selon X, …")."""
    words = fold(fr.text[at : at + 60])
    return any(words.startswith(p + " ") for p in fr.lex["prep"])


def _pronoun_incise(after: list[Token]) -> bool:
    """Whether the words after a quote hold an inverted clitic subject ("…, a-t-il déclaré", "…, précise-t-elle")."""
    return any(t.text.startswith("-") and t.text.lstrip("-t").lower() in {"il", "elle", "ils", "elles"} for t in after)


def _source_after(fr: Frame, at: int) -> bool:
    """Whether the comma after the quotation marks around ``at`` opens a source preposition ("…, selon X")."""
    pair = next(((o, c) for o, c in fr.marks if o <= at <= c), None)
    if pair is None:
        return False
    after = fold(fr.text[pair[1] + 1 : pair[1] + 60]).lstrip().removeprefix(",").lstrip()
    return any(after.startswith(p + " ") for p in fr.lex["prep"])


def _closing(fr: Frame, before: list[Token]) -> bool:
    """Whether ``before`` ends on quoted words ("pour « … », « … », a dit X": a list of fragments)."""
    return bool(before) and fr.in_quote(before[-1].idx)
