"""Token spans of would-be names: cleaning (articles, honorifics, hyphens) and the tests that say a span is no
entity (junk, a role or nationality phrase, a credit line), and the name printed after a role."""

from __future__ import annotations

import functools
from typing import Any

from spacy.tokens import Doc, Token

from ... import lang
from ..kb import KnowledgeBase, leader_surnames, norm
from ..kbnorm import token_norm
from ..tree import capitalised, doc_text, per_doc, text_of, tokens
from .scan import in_any_language
from .words import Words, words

#: Part-of-speech tags (Universal POS, both models) of words that are never a name alone.
FUNCTION_POS = ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "ADV", "AUX", "NUM", "PUNCT")
#: Longest person name kept, in words ("Zine El-Abidine Ben Ali" is 5; hyphens do not count).
MAX_NAME_TOKENS = 5


def name_words(doc: Doc, i: int, j: int) -> int:
    """The words of tokens [i, j): hyphens and other punctuation do not count, nor do the particles between a
    name's words ("Hamdan bin Zayed Al Nahyan" is four words: a long Arabic name is one person's)."""
    particles = words().name_particles
    return sum(1 for t in tokens(doc)[i:j] if not t.is_punct and not (i < t.i < j - 1 and t.lower_ in particles))


def proper_name(doc: Doc, i: int, j: int) -> bool:
    """Are tokens [i, j) a proper name: every word but the function words capitalised ("Ministry of Defense")?"""
    return all(t.text[:1].isupper() for t in doc[i:j] if t.is_alpha and not t.is_stop)


@functools.cache
def _honorific_firsts() -> frozenset[str]:
    """The first words of the honorific phrases (cleared with the word lists)."""
    return frozenset(phrase[0][0] for phrase in words().honorifics)


lang.on_change(_honorific_firsts.cache_clear)


def honorific_end(doc: Doc, k: int) -> int:
    """The end of the honorific or rank printed at token k ("M.", "Mr", "Lt Gen", "Col."), or k when there is none
    (:attr:`.words.Words.honorifics`); it is printed with a capital ("me" is no "Me")."""
    if k not in honorific_starts(doc):
        return k
    best = k
    toks = tokens(doc)
    for phrase in words().honorifics:
        pos = k
        for word, period in phrase:
            if pos >= len(doc):
                break
            text = token_norm(toks[pos])
            if text == word + ".":
                pos += 1
                continue
            if text != word:
                break
            pos += 1
            if pos < len(doc) and toks[pos].text == "." and not toks[pos - 1].whitespace_:
                pos += 1
            elif period:
                break
        else:
            best = max(best, pos)
    return best


def honorific_starts(doc: Doc) -> frozenset[int]:
    """The tokens of ``doc`` where an honorific may start, made once for the Doc (:func:`honorific_end` answers k
    for any other token k: a caller that tries many tokens skips the others at once)."""
    return per_doc(doc, (_honorific_starts, _honorific_firsts()), _honorific_starts)


def _honorific_starts(doc: Doc) -> frozenset[int]:
    """The tokens where an honorific may start (:func:`honorific_end`): capitalised, the first word of one, its
    period aside ("M.", "Lt")."""
    firsts, caps = _honorific_firsts(), capitalised(doc)
    return frozenset(
        k
        for k, tok in enumerate(tokens(doc))
        if caps[k] and ((first := token_norm(tok)) in firsts or first.rstrip(".") in firsts)
    )


def honorific_before(doc: Doc, i: int) -> int:
    """The first token of an honorific printed right before token i ("M." of "M. Kagame"), or i."""
    starts = honorific_starts(doc)
    return next((b for b in range(max(0, i - 4), i) if b in starts and honorific_end(doc, b) == i), i)


def glued(doc: Doc, k: int) -> bool:
    """Is token k a hyphen joining the words on both sides without spaces ("Croix-des-Bouquets")?"""
    toks = tokens(doc)
    return (
        0 < k < len(toks) - 1
        and toks[k].text in ("-", "‑")
        and not toks[k - 1].whitespace_
        and not toks[k].whitespace_
        and toks[k - 1].is_alpha
        and toks[k + 1].is_alpha
    )


def join_hyphens(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """Extend a name span cut at a hyphen ("Tigran Sahakyan" of "Sahakyan-Melkonyan", "Croix" of
    "Croix-des-Bouquets") when the joined word ends with a capital."""
    k = j
    while glued(doc, k):
        k += 2
    if k > j and doc[k - 1].text[:1].isupper():
        j = k
    k = i
    while k > 1 and glued(doc, k - 1):
        k -= 2
    if k < i and doc[k].text[:1].isupper():
        i = k
    return i, j


def clean(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """Strip leading articles/prepositions/honorifics and trailing punctuation from token span [i, j); a word glued
    by a hyphen stays ("Kim Jong-un": "un" is no article there); a bracket inside ends the name ("Islamic
    Development Bank (IsDB": the abbreviation is the text's, :mod:`.acronyms`). Read once per Doc and span (the
    NER's names are cleaned by :func:`.ner.ner_spans` and twice by :func:`.ner.document_names`), with the word
    lists it was read with (kept under the key None)."""
    kept, w = per_doc(doc, clean, _no_spans), words()
    if kept.get(None) is not w:
        kept.clear()
        kept[None] = w
    found = kept.get((i, j))
    if found is None:
        found = kept[(i, j)] = _clean(doc, i, j, w)
    return found


def _no_spans(doc: Doc) -> dict[Any, Any]:
    return {}


def _clean(doc: Doc, i: int, j: int, w: Words) -> tuple[int, int]:
    toks, starts = tokens(doc), honorific_starts(doc)
    for b in range(max(0, i - 3), i):  # "Lt Gen Ralph Roe" tagged from "Gen": the rank started before
        if b in starts and i < (end := honorific_end(doc, b)) < j:
            i = end
    while i < j:
        if token_norm(toks[i], accents=True) in w.leading or toks[i].is_punct or toks[i].is_space:
            i += 1
            continue
        end = honorific_end(doc, i) if i in starts else i
        if end > j:  # "Samdech Akka Moha Sena Padei" of a longer title: the span is all title, no name
            return j, j
        if end == i:
            break
        i = end
    j = next((k for k in range(i + 1, j) if toks[k].is_bracket), j)
    while j > i and (
        toks[j - 1].is_punct
        or toks[j - 1].is_space
        or token_norm(toks[j - 1], accents=True) in w.leading
        and not (j - i > 2 and glued(doc, j - 2))
        or token_norm(toks[j - 1]) in w.possessives_norm
    ):
        j -= 1
    return i, j


def plural_role(doc: Doc, i: int, j: int, kb: KnowledgeBase, lang: str) -> bool:
    """Is the span [i, j) headed by a role noun in the plural ("ministres des Affaires étrangères", "Foreign
    Ministers"): several office holders, no organisation? The head is the last word before the span's first
    preposition; a generic role word ("chiefs") is left alone ("Joint Chiefs of Staff")."""
    end = next((k for k in range(i + 1, j) if doc[k].pos_ == "ADP"), j)
    head = doc[end - 1]
    if "Plur" not in head.morph.get("Number", []) or head.lemma_.lower() == head.lower_:
        return False
    role = kb.role(head.lemma_, lang)
    if role is None and end - 1 > i:  # "National Security Advisers" -> "National Security adviser"
        role = kb.role(f"{text_of(doc, i, end - 1)} {head.lemma_}", lang)
    return role is not None and not role.generic


def is_junk(doc: Doc, i: int, j: int, kb: KnowledgeBase, known: set[str] | frozenset[str] = frozenset()) -> bool:
    """Spans that are no entity: empty, numbers, lowercase words, sentence-initial verbs, month names, phrases opened
    by a demonstrative (a name never opens with "these", "ces").
    ``known``: normalised tokens of names already seen in the article (a known surname is never junk)."""
    if i >= j:
        return True
    toks = doc[i:j]
    text = text_of(doc, i, j)
    if not any(c.isalpha() for c in text) or any(c.isdigit() for c in text) and not any(t.is_alpha for t in toks):
        return True
    if not any(t.text[:1].isupper() for t in toks):
        return True
    if toks[0].pos_ == "DET" and "Dem" in toks[0].morph.get("PronType", []):  # "These Network Alerts", "Ces Accords"
        return True
    if j - i == 1:
        return _is_junk_word(doc, i, kb, known)
    return _is_phrase(doc, i, j)


#: Part-of-speech tags of a first word that opens a phrase, never a name ("Nouveau tir de missiles", a subheading).
PHRASE_OPENERS = ("ADJ", "DET", "PRON", "ADV", "VERB", "AUX")


def _is_phrase(doc: Doc, i: int, j: int) -> bool:
    """A span of several words that is a phrase, no name: it opens its line or sentence with a capitalised
    adjective, verb, adverb or determiner and no other word of it has a capital ("Nouveau tir de missiles
    balistiques", a subheading)."""
    first = doc[i]
    return (
        first.pos_ in PHRASE_OPENERS
        and (first.is_sent_start or i == 0 or doc[i - 1].is_space)
        and not any(t.text[:1].isupper() for t in doc[i + 1 : j])
    )


def short_network(doc: Doc, k: int) -> bool:
    """Does token k name a social network by one capital letter ("wrote on X", "une publication sur « X »", « sur le
    réseau social X »): right after a preposition of networks, quote marks aside, or a noun of networks, and before
    punctuation, a lowercase word or the end (``entities.json``: ``short_networks``, ``network_prepositions``,
    ``network_nouns``)?"""
    w = words()
    if tokens(doc)[k].text not in w.short_networks:
        return False
    i, j = k - 1, k + 1
    while i > 0 and doc[i].is_quote:
        i -= 1
    while j < len(doc) and doc[j].is_quote:
        j += 1
    if j < len(doc) and doc[j].text[:1].isupper():
        return False
    return i >= 0 and (doc[i].lower_ in w.network_prepositions or _after_network_noun(doc, i))


def _after_network_noun(doc: Doc, i: int) -> bool:
    """Is token i a noun of social networks (``entities.json`` ``network_nouns``), or the end of a lowercase modifier
    of at most two words printed right after one (« le réseau social X », "the social media platform X")?"""
    w = words()
    for b in range(i, max(-1, i - 3), -1):
        if doc[b].lower_ in w.network_nouns:
            return True
        if not doc[b].is_lower or doc[b].pos_ not in ("ADJ", "NOUN"):
            return False
    return False


def _is_junk_word(doc: Doc, i: int, kb: KnowledgeBase, known: set[str] | frozenset[str]) -> bool:
    t = doc[i]
    if token_norm(t) in known:
        return False
    if token_norm(t) in kb.nonentities or t.is_stop or t.pos_ in FUNCTION_POS:
        return True
    if t.pos_ in ("VERB", "AUX") and (t.is_sent_start or i == 0 or doc[i - 1].is_space):  # "Laisser un commentaire"
        return True
    if len(t.text) < 2 and not short_network(doc, i):
        return True
    if _inhabitants(doc, i, kb):
        return True
    # An unknown capitalised word opening a line or sentence and never printed again is a capitalised common
    # word ("Rafraîchir" of a live page, "Réunis au siège..."), not a name (tuned on corpus/dev + dev2).
    return bool(
        (t.is_sent_start or i == 0 or doc[i - 1].is_space)
        and doc_text(doc).count(t.text) == 1
        and not kb.city(t.text)
        and not in_any_language(t.text, kb.lookup, kb.demonym)
        and not leader_surname(t.text)  # "Macron Calls For Ceasefire": a leader opening a headline
    )


@functools.cache
def _leader_surnames() -> frozenset[str]:
    return frozenset(norm(s) for _code, names in leader_surnames() for s in names)


def leader_surname(text: str) -> bool:
    """Is ``text`` a surname that names a leader alone (``leader_surnames.tsv``: "Macron", "Trump")?"""
    return norm(text) in _leader_surnames()


def _inhabitants(doc: Doc, i: int, kb: KnowledgeBase) -> bool:
    """Is token i the plural name of a place's inhabitants: after a plural determiner, with an inhabitant ending,
    no state's demonym nor knowledge-base name ("les Brestois", "des Lannionnais"; entities.json)?"""
    w, t = words(), doc[i]
    return (
        i > 0
        and token_norm(doc[i - 1]) in w.inhabitant_determiners
        and token_norm(t).endswith(w.inhabitant_suffixes)
        and not in_any_language(t.text, kb.lookup, kb.demonym)
    )


def has_kb_words(doc: Doc, i: int, j: int, kb: KnowledgeBase) -> bool:
    """Is a would-be name a role or nationality phrase: does it start with a role word or demonym in any language
    ('Japanese Prime', 'Premier ministre'), or consist of them? ('Stephen King' is a name: it ends with one.)"""

    def kb_word(t: Token) -> bool:
        return in_any_language(t.text, kb.demonym, kb.role)

    return i < j and (kb_word(tokens(doc)[i]) or all(kb_word(t) for t in tokens(doc)[i:j]))


def after_role(doc: Doc, k: int) -> int:
    """Where the name after a role ending at token k starts: past a comma and honorifics ("health minister,
    Dr. Jane Doe")."""
    k = k + 1 if k < len(doc) and doc[k].text == "," else k
    while k < len(doc) and (end := honorific_end(doc, k)) > k:
        k = end
    return k


def name_word(t: Token, kb: KnowledgeBase) -> bool:
    """A capitalised word that may be part of a person's name (no KB name, demonym, role or non-entity)."""
    return (
        (t.text[:1].isupper() and (t.is_alpha or "-" in t.text))
        and token_norm(t) not in kb.nonentities
        and not in_any_language(t.text, kb.lookup, kb.demonym, kb.role)
    )


def headline_word(t: Token) -> bool:
    """A capitalised word of a Title Case headline that is no part of a name: one of its verbs or prepositions
    ("Slams", "Vows", "Over": entities.json ``headline_words``)."""
    return t.text[:1].isupper() and token_norm(t) in words().headline_words


def name_after(doc: Doc, k: int, kb: KnowledgeBase, taken: set[int]) -> tuple[int, int] | None:
    """A run of capitalised, non-KB tokens starting at token k (a name printed after a role), over hyphens
    ("Sahakyan-Melkonyan", "ul-Qadri") and name particles followed by a name word ("Tahir ul-Qadri")."""
    particles = words().name_particles
    toks = tokens(doc)
    j = k
    while j < len(doc) and name_words(doc, k, j) < MAX_NAME_TOKENS and j not in taken:
        t = toks[j]
        if j > k and glued(doc, j) and (toks[j + 1].text[:1].isupper() or toks[j + 1].lower_ in particles):
            j += 2  # "Sahakyan-Melkonyan" split by the tokenizer
            continue
        if (
            j > k
            and t.lower_ in particles
            and j + 1 < len(doc)
            and (name_word(toks[j + 1], kb) or glued(doc, j + 1) and name_word(toks[j + 2], kb))
        ):
            j += 1
            continue
        if j > k and (end := honorific_end(doc, j)) > j:  # "Field Army Lt Gen Ralph Roe": the name follows the rank
            k = j = end
            continue
        if not name_word(t, kb) or t.is_stop and j == k or headline_word(t):
            break
        j += 1
    while j > k and (toks[j - 1].lower_ in particles or toks[j - 1].is_punct):
        j -= 1
    return (k, j) if j > k else None


def is_credit(doc: Doc, i: int, j: int, kb: KnowledgeBase) -> bool:
    """Is tokens [i, j) a credit line: "(AFP)", "(Photo Reuters)", "Photo : AFP"?"""
    cues = kb.credit_cues
    k = i - 1
    while k >= 0 and doc[k].text in (":", "/") or k >= 0 and doc[k].is_space:
        k -= 1
    if k >= 0 and token_norm(doc[k]) in cues:
        return True
    if k >= 0 and doc[k].text == "(" or k >= 1 and doc[k - 1].text == "(" and token_norm(doc[k]) in cues:
        # "(AP)" alone: a credit when it closes the line, or opens the story after a dateline ("(AFP) -")
        nxt = j + 1
        return (
            j < len(doc)
            and doc[j].text == ")"
            and (
                nxt >= len(doc)
                or doc[nxt].is_space
                or doc[nxt].text in ("-", "—", "–", ".")
                or token_norm(doc[k]) in cues
            )
        )
    return False


def is_credit_noise(doc: Doc, i: int, j: int, kb: KnowledgeBase) -> bool:
    """Is an NER organisation at tokens [i, j) the shape of a credit without being one: a time or a zone in
    brackets closing a line ("(UTC +04:00)"), or an acronym bracketed after the lower-case words it abbreviates
    ("anti-tank missiles (TOW)")? A credit's agency or photographer ("(VOVworld) –", "(Jane Roe/The Daily
    Ledger)") is an entity (:mod:`.credits`)."""
    if not is_credit(doc, i, j, kb):
        return False
    if any(any(c.isdigit() for c in t.text) for t in doc[i:j]):
        return True
    k = i - 1
    while k >= 0 and (doc[k].text == "(" or doc[k].is_space):
        k -= 1
    return k >= 0 and doc[k].is_lower and doc[k].is_alpha
