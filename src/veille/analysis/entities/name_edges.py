"""A person's name the NER ended one word short or began one word late: the capitalised word printed on the same
line right after (or before) a person of two words or more, which no NER span holds and which is no name of the
knowledge base, demonym, role, non-entity or headline word, is part of the name ("Jean Claude Ndala" read as
"Jean Claude" then nothing). Names of the golds' press from Myanmar, South Sudan, Colombia or Haiti are printed in
three words where the models read two.

The word must end the name on its side: a capitalised word beyond it leaves the span as it was (two names, or a
longer phrase no rule can cut); a word in capitals alone ("MP", "TD") is a title or an acronym, a function word
("This") opens a clause, a word of the language's dictionary (the spaCy lemmatizer's word index: "Chairman",
« Correspondant ») is a noun of a title or a byline, and an honorific before the name is no part of it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..kb import KnowledgeBase
from ..tree import tokens
from .dictionary import dictionary
from .spans import FUNCTION_POS, MAX_NAME_TOKENS, headline_word, honorific_end, name_word, name_words
from .table import NerSpan


def _edge_word(t: Token, kb: KnowledgeBase, held: set[int]) -> bool:
    """Whether token ``t`` may be the missing word of a name: a capitalised word of letters, not in capitals alone,
    held by no NER span, naming nothing of the knowledge base, no function word and no word of the dictionary."""
    return (
        t.i not in held
        and t.is_alpha
        and not t.text.isupper()
        and t.pos_ not in FUNCTION_POS
        and name_word(t, kb)
        and not headline_word(t)
        and t.lower_ not in dictionary(t.doc.lang_)
    )


def _capital(doc: Doc, k: int) -> bool:
    """Whether token ``k`` (in the Doc) is a capitalised word, which would make the name go on."""
    return 0 <= k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper()


def _same_line(t: Token) -> bool:
    """Whether the token after ``t`` is printed on its line, after a plain space."""
    return t.whitespace_ == " "


def bordering_words(doc: Doc, kb: KnowledgeBase, ner: list[NerSpan]) -> list[NerSpan]:
    """The NER spans, each person of two words or more extended by the name word it left out at either end."""
    toks = tokens(doc)
    held = {k for i, j, _ in ner for k in range(i, j)}
    out: list[NerSpan] = []
    for i, j, label in ner:
        if label == "PERSON" and j - i >= 2:
            k = j
            if (
                k < len(doc)
                and _same_line(toks[k - 1])
                and _edge_word(toks[k], kb, held)
                and not _capital(doc, k + 1)
                and name_words(doc, i, k + 1) <= MAX_NAME_TOKENS
            ):
                held.add(k)
                j = k + 1
            k = i - 1
            if (
                k > 0
                and _same_line(toks[k])
                and not toks[k].is_sent_start
                and honorific_end(doc, k) == k
                and _edge_word(toks[k], kb, held)
                and not _capital(doc, k - 1)
                and name_words(doc, k, j) <= MAX_NAME_TOKENS
            ):
                held.add(k)
                i = k
        out.append((i, j, label))
    return out
