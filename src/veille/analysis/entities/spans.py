"""Token spans of would-be names: cleaning (articles, honorifics, hyphens) and the tests that say a span is no
entity (junk, a role or nationality phrase, a credit line), and the name printed after a role."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..kb import KnowledgeBase, norm
from .scan import in_any_language
from .words import words

#: Part-of-speech tags (Universal POS, both models) of words that are never a name alone.
FUNCTION_POS = ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "ADV", "AUX", "NUM", "PUNCT")
#: Longest person name kept ("Abdel Fattah al-Sisi" is 4 tokens with spaCy).
MAX_NAME_TOKENS = 5


def glued(doc: Doc, k: int) -> bool:
    """Is token k a hyphen joining the words on both sides without spaces ("Croix-des-Bouquets")?"""
    return (
        0 < k < len(doc) - 1
        and doc[k].text in ("-", "‑")
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
        and doc[k - 1].is_alpha
        and doc[k + 1].is_alpha
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
    """Strip leading articles/prepositions/honorifics and trailing punctuation from token span [i, j)."""
    w = words()
    while i < j and (
        norm(doc[i].text, accents=True) in w.leading
        or norm(doc[i].text) in w.honorifics
        or doc[i].is_punct
        or doc[i].is_space
    ):
        i += 1
    while j > i and (
        doc[j - 1].is_punct
        or doc[j - 1].is_space
        or norm(doc[j - 1].text, accents=True) in w.leading
        or norm(doc[j - 1].text) in w.possessives_norm
    ):
        j -= 1
    return i, j


def is_junk(doc: Doc, i: int, j: int, kb: KnowledgeBase, known: set[str] | frozenset[str] = frozenset()) -> bool:
    """Spans that are no entity: empty, numbers, lowercase words, sentence-initial verbs, month names.
    ``known``: normalised tokens of names already seen in the article (a known surname is never junk)."""
    if i >= j:
        return True
    toks = doc[i:j]
    text = toks.text
    if not any(c.isalpha() for c in text) or any(c.isdigit() for c in text) and not any(t.is_alpha for t in toks):
        return True
    if not any(t.text[:1].isupper() for t in toks):
        return True
    if j - i == 1:
        return _is_junk_word(doc, i, kb, known)
    return False


def _is_junk_word(doc: Doc, i: int, kb: KnowledgeBase, known: set[str] | frozenset[str]) -> bool:
    t = doc[i]
    if norm(t.text) in known:
        return False
    if norm(t.text) in kb.nonentities or t.is_stop or t.pos_ in FUNCTION_POS:
        return True
    if t.pos_ in ("VERB", "AUX") and (t.is_sent_start or i == 0 or doc[i - 1].is_space):  # "Laisser un commentaire"
        return True
    if len(t.text) < 2:
        return True
    # An unknown capitalised word opening a line or sentence and never printed again is a capitalised common
    # word ("Rafraîchir" of a live page, "Réunis au siège..."), not a name (tuned on corpus/dev + dev2).
    return bool(
        (t.is_sent_start or i == 0 or doc[i - 1].is_space)
        and doc.text.count(t.text) == 1
        and not kb.city(t.text)
        and not in_any_language(t.text, kb.lookup, kb.demonym)
    )


def has_kb_words(doc: Doc, i: int, j: int, kb: KnowledgeBase) -> bool:
    """Is a would-be name a role or nationality phrase: does it start with a role word or demonym in any language
    ('Japanese Prime', 'Premier ministre'), or consist of them? ('Stephen King' is a name: it ends with one.)"""

    def kb_word(t: Token) -> bool:
        return in_any_language(t.text, kb.demonym, kb.role)

    return i < j and (kb_word(doc[i]) or all(kb_word(t) for t in doc[i:j]))


def after_role(doc: Doc, k: int) -> int:
    """Where the name after a role ending at token k starts: past a comma and honorifics ("health minister,
    Dr. Jane Doe")."""
    honorifics = words().honorifics
    k = k + 1 if k < len(doc) and doc[k].text == "," else k
    while k < len(doc) and norm(doc[k].text) in honorifics:
        k += 1 + (k + 1 < len(doc) and doc[k + 1].text == ".")
    return k


def name_after(doc: Doc, k: int, kb: KnowledgeBase, taken: set[int]) -> tuple[int, int] | None:
    """A run of capitalised, non-KB tokens starting at token k (a name printed after a role)."""
    j = k
    while j < len(doc) and j - k < MAX_NAME_TOKENS and j not in taken:
        t = doc[j]
        if j > k and glued(doc, j) and doc[j + 1].text[:1].isupper():  # "Sahakyan-Melkonyan" split by the tokenizer
            j += 2
            continue
        if not (t.text[:1].isupper() and t.is_alpha or "-" in t.text and t.text[:1].isupper()) or t.is_stop and j == k:
            break
        if norm(t.text) in kb.nonentities or in_any_language(t.text, kb.lookup, kb.demonym, kb.role):
            break
        j += 1
    return (k, j) if j > k else None


def is_credit(doc: Doc, i: int, j: int, kb: KnowledgeBase) -> bool:
    """Is tokens [i, j) a credit line: "(AFP)", "(Photo Reuters)", "Photo : AFP"?"""
    cues = kb.credit_cues
    k = i - 1
    while k >= 0 and doc[k].text in (":", "/") or k >= 0 and doc[k].is_space:
        k -= 1
    if k >= 0 and norm(doc[k].text) in cues:
        return True
    if k >= 0 and doc[k].text == "(" or k >= 1 and doc[k - 1].text == "(" and norm(doc[k].text) in cues:
        # "(AP)" alone: a credit when it closes the line, or opens the story after a dateline ("(AFP) -")
        nxt = j + 1
        return (
            j < len(doc)
            and doc[j].text == ")"
            and (
                nxt >= len(doc)
                or doc[nxt].is_space
                or doc[nxt].text in ("-", "—", "–", ".")
                or norm(doc[k].text) in cues
            )
        )
    return False
