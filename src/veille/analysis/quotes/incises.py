"""Incises inside quotation marks: the French press convention of an attribution set within the quote's marks
("« Nous ne céderons rien, prévient X. Le gouvernement doit l’entendre. »", "« …, a-t-elle ajouté, … »").

:func:`inner_incises` finds them from the parse: a speech verb (a ``verb`` or ``verb_incise`` of the lexicon)
after a comma or a dash inside a quote, its subject inverted right after it (a clitic "-il", or a noun phrase),
with quoted words on both sides. The :class:`~.frame.Frame` reads these spans as outside the quote, so the passes
that look for a cue and its speaker see the incise as they see one after the closing mark.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..tree import children, doc_text, tokens
from . import labels
from .lexicon import Lexicon, fold, in_any_language, time_word
from .marks import count_words

#: The longest incise read inside quotation marks, in tokens from its verb to the punctuation that ends it (verb,
#: time and place complements and subject: "a déclaré mardi à la presse Paul Martel"); a longer run is quoted
#: speech with a speech verb of its own (set from French wire copy, where incises hold a dozen tokens at most).
INCISE_MAX_TOKENS = 16
#: At most this many words between the comma and the verb of a closing incise ("…, the ministry's spokesman
#: said"; :mod:`.closing`, :mod:`.speaker_clause`); longer runs are a clause of their own. Set by reading incises in
#: wire copy.
INCISE_MAX_BEFORE = 4
_OPENERS = frozenset({",", "—", "–"})
_ENDS = frozenset({".", "!", "?", "…", ";", "—", "–", ","})  # a comma: an apposition after it stays quoted
_SUBJECT_POS = frozenset({"PROPN", "DET", "NOUN"})
#: Named-entity labels of persons (the parser's own, by model): a name that opens after a complement ("a déclaré à
#: l’AFP Paul Martel").
_PERSON_ENTS = frozenset({"PER", "PERSON"})


def inner_incises(doc: Doc, marks: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """``(start, end)`` character spans of the attribution incises inside the quotation-mark pairs ``marks``: from
    the comma (or dash) before the speech verb to the punctuation that ends the incise (excluded)."""
    holes: list[tuple[int, int]] = []
    verbs, time = lex["verb"] | lex["verb_incise"], lex["time"]
    k, toks, text = 0, tokens(doc), doc_text(doc)
    for t in toks:
        while k < len(marks) and marks[k][1] < t.idx:
            k += 1
        if k == len(marks):
            break
        o, c = marks[k]
        if not o < t.idx < c or t.pos_ not in labels.VERBAL or lex.lemma(t) not in verbs or t.dep_ in _LOCUTION:
            continue  # "…, c'est-à-dire les colis…": a verb of a locution is no incise
        j = t.i - 1
        while j > 0 and (toks[j].pos_ in {"AUX", "ADV"} or toks[j].text.startswith("-") or _clitic(toks[j].text)):
            j -= 1
        if toks[j].text not in _OPENERS or toks[j].idx <= o or count_words(text[o + 1 : toks[j].idx]) < 2:
            continue
        inverted = any(x.text.startswith("-") and len(x.text) > 2 for x in toks[j + 1 : t.i])  # "…, a-t-il ajouté."
        s = skip_complements(t, time)  # "…, a déclaré, dans un communiqué, X. …": the complements set before X
        after = toks[s] if s < len(doc) else None
        if after is None or not (inverted or after.text.startswith("-") or after.pos_ in _SUBJECT_POS):
            continue
        if after.text.startswith("-") and not _third_person(after, lex):
            continue  # "…, reprenez-vous. …": an imperative addresses someone, no one speaks
        first = t.i + 1 if inverted else s + 1  # the subject inverted before the verb, or after it
        end = next((x for x in toks[first : t.i + INCISE_MAX_TOKENS] if _incise_end(x, time) or x.idx >= c), None)
        if end is None or end.idx >= c or count_words(text[end.idx : c]) < 2:
            continue
        holes.append((toks[j].idx, end.idx))
    return holes


def _incise_end(t: Token, time: frozenset[str]) -> bool:
    """Whether ``t`` ends an incise: a sentence end, a dash, or a comma that opens no complement of the verb ("…, a-t-il
    déclaré, dans un communiqué. …": the comma before "dans" does not end it)."""
    if t.text not in _ENDS:
        return False
    nxt = tokens(t.doc)[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.text != "," or nxt is None or not complement_start(nxt, time)


#: Dependency labels of a verb inside a locution ("c'est-à-dire", parsed as an adverb's parts).
_LOCUTION = frozenset({"advmod", "fixed"})


def _third_person(t: Token, lex: Lexicon) -> bool:
    """Whether inverted clitic ``t`` ("-il", "-t-elle", "-on") is a pronoun of the third person, one who speaks in an
    incise; not "-vous", "-nous" of an imperative ("reprenez-vous")."""
    word = fold(t.text).lstrip("-")
    word = word[2:] if word.startswith("t-") else word
    return word in lex["pron_m"] | lex["pron_f"] | lex["pron_pl"] | lex["pron_n"] or "3" in labels.feature(t, "Person")


def _clitic(word: str) -> bool:
    """A reflexive clitic before an incise verb ("s’insurge", "se réjouit"), written with either apostrophe."""
    return word.lower().replace("’", "'") in {"s'", "se"}


def skip_complements(v: Token, time: frozenset[str] = frozenset()) -> int:
    """The index of the first word after verb ``v`` that is not an inserted complement: time words and dates
    ("mardi soir", "le 3 mars"), adverbs, prepositional phrases with or without commas ("dans un communiqué", "à la
    presse", "lors d’une conférence de presse", "dans un communiqué publié mardi"): news copy sets them between an
    incise verb and its inverted subject, in any order and number (at most :data:`INSERTED_MAX` of them)."""
    doc, j = v.doc, v.i + 1
    for _ in range(INSERTED_MAX):
        start = j
        while j < len(doc) and (time_word(doc[j], time) or _adverb(doc, j)):
            j += 1
        if j + 1 < len(doc) and doc[j].text == "," and complement_start(doc[j + 1], time):
            k = j + 1  # ", dans un communiqué," / ", mardi," : to the comma that closes it
            while k < len(doc) and k - j <= COMPLEMENT_MAX and doc[k].text != "," and not _boundary(doc[k]):
                k += 1
            if k < len(doc) and doc[k].text == ",":
                j = k + 1
                continue
            break
        if j < len(doc) and _preposition(doc, j) and not plural_subject(doc[j], v):
            k = j + 1  # "a déclaré dans un entretien la ministre…": the PP
            while (
                k < len(doc)
                and doc[k].pos_ in {"ADP", "DET", "NOUN", "ADJ", "PROPN"}
                and not (doc[k].pos_ == "DET" and doc[k - 1].pos_ in {"NOUN", "PROPN", "ADJ"})
                and not (_person_start(doc[k]) and k > j + 1)
                and not plural_subject(doc[k], v)  # "ont dit à la presse des témoins"
            ):
                k += 1
            if k < len(doc) and doc[k].pos_ == "VERB" and "Part" in labels.feature(doc[k], "VerbForm"):
                k += 1  # "dans un communiqué publié mardi X": the participle and its time words
                while k < len(doc) and time_word(doc[k], time):
                    k += 1
                if k < len(doc) and doc[k].pos_ == "ADP":
                    j = k
                    continue
            if k < len(doc) and (
                doc[k].text == "," or (k > j + 1 and (doc[k].pos_ == "DET" or plural_subject(doc[k], v)))
            ):
                j = k
                continue
            if k < len(doc) and doc[k].pos_ == "PROPN" and (doc[k - 1].pos_ == "NOUN" or _person_start(doc[k])):
                j = k  # "a déclaré à la presse Paul Martel": a person's name after the complement's noun
                continue
        if j == start:
            break
    return j + 1 if j > v.i + 1 and j < len(doc) and doc[j].text == "," else j  # the comma closing the last one


#: At most this many complements are skipped between an incise verb and its subject ("a déclaré mardi, lors d’une
#: conférence de presse, dans la capitale, X"); longer runs are not an incise.
INSERTED_MAX = 4
#: At most this many tokens in one complement set between commas after an incise verb (", dans un communiqué publié
#: mardi soir par ses services,"): set from the longest such complements of French and English wire copy.
COMPLEMENT_MAX = 12


def _person_start(t: Token) -> bool:
    """Whether ``t`` opens a person's name for the parser's entity recogniser."""
    return t.ent_type_ in _PERSON_ENTS and t.ent_iob_ == "B"


def complement_start(t: Token, time: frozenset[str]) -> bool:
    """Whether ``t`` opens a complement inserted after an incise verb: a preposition, a time word or a date."""
    return _preposition(t.doc, t.i) or time_word(t, time)


def plural_subject(t: Token, v: Token) -> bool:
    """Whether ``t``, after incise verb ``v``, is an indefinite plural article that the model tagged as a preposition
    (lexicon kind ``plural_article``: "…, ont indiqué des sources", "…, ont dit à la presse des riverains"): it opens
    the verb's inverted subject, where ``v`` agrees in the plural (its finite form or its auxiliary) and a plural
    noun or adjective follows; not a complement of a singular verb ("…, a parlé des victimes")."""
    doc = t.doc
    if t.pos_ != "ADP" or fold(t.text) not in in_any_language("plural_article") or t.i + 1 >= len(doc):
        return False
    after = doc[t.i + 1]
    if after.pos_ not in {"NOUN", "ADJ"} or "Plur" not in labels.feature(after, "Number"):
        return False
    finite = [v] if "Fin" in labels.feature(v, "VerbForm") else [c for c in children(v) if c.dep_.startswith("aux")]
    return bool(finite) and all("Plur" in labels.feature(x, "Number") for x in finite)


def _preposition(doc: Doc, k: int) -> bool:
    """Whether token ``k`` opens a prepositional phrase: a preposition, or an adverb that makes one with the
    preposition after it ("lors d’une conférence", "auprès de la presse")."""
    t = doc[k]
    return t.pos_ == "ADP" or (t.pos_ == "ADV" and k + 1 < len(doc) and doc[k + 1].pos_ == "ADP")


def _adverb(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is an adverb set alone between an incise verb and its subject ("…, précise encore le
    journal", "…, a ajouté également X"): not one opening a prepositional phrase (:func:`_preposition`), nor a
    negation."""
    t = doc[k]
    return t.pos_ == "ADV" and not _preposition(doc, k) and "Neg" not in labels.feature(t, "Polarity")


def _boundary(t: Token) -> bool:
    """A token that ends an incise: a sentence end or a quotation mark."""
    return t.text in {".", "!", "?", ";", ":", "«", "»", "“", "”", '"'} or "\n" in t.text


def after_complements(v: Token, time: frozenset[str] = frozenset()) -> Token:
    """The first word after verb ``v`` and the complements inserted after it (:func:`skip_complements`: "a indiqué
    à l'AFP une source", "a déclaré mardi dans un communiqué le ministère"); ``v`` itself at the text's end."""
    j = skip_complements(v, time)
    return tokens(v.doc)[j] if j < len(v.doc) else v


#: At most this many words of a time phrase before the conjunction of a clause closing a sentence after its incise
#: ("…, an aide said, two days after the vote was held", "…, it said, just hours before…").
_ADVERBIAL_LEAD = 3


def adverbial_tail(tail: list[Token]) -> bool:
    """Whether the words after a comma are a subordinate clause of time or circumstance ("days after the vote was
    held", "as talks resumed"): a conjunction or preposition after at most a short time phrase, before any verb."""
    for k, x in enumerate(tail[: _ADVERBIAL_LEAD + 1]):
        if x.pos_ in {"SCONJ", "ADP"}:
            return k + 1 < len(tail)
        if x.pos_ not in {"NOUN", "NUM", "DET", "ADV", "ADJ"}:
            return False
    return False
