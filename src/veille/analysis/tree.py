"""The parse as lists, made once per Doc: each token's children, and the text with each token's place in it.

spaCy's ``Token.children`` is a generator that walks the token's edges again at every call and makes a new Token
for each child; the quote and event passes ask it of the same tokens again and again (a trigger's conditions, its
subject, its objects, the modality of its chain...). :func:`children` answers from a table built once per Doc from
its heads array: the same children in the same order (by position in the text), as a tuple of Tokens made once.
``Doc.text`` and ``Span.text`` join the tokens' texts again at every call (each made from the string store);
:func:`doc_text`, :func:`text_of` and :func:`span_text` cut the same text from the Doc's text, joined once.

The table's Tokens are Words (:class:`Word`), spaCy Tokens whose most-read values (:data:`WORD_VALUES`: the text, the
lower-cased form, the lemma, the part of speech, the dependency label, their hashes, the morphology, the position and
the Doc; and the head, a Word of the table) are read once for the Doc and kept in slots, where a Token makes each
again at every read (strings from the string store; the passes read a token's position and dependency label 25 times
on average). The Tokens read through the table (:func:`tokens`, :func:`span_tokens`, :func:`children`, a Word's
``head``) are Words, their values the Token's own; a root's ``head`` is a Token of its own, as spaCy's is.

The tables of the last :data:`TREES_KEPT` Docs are kept: the stages read one text at a time (a body, then its
headline and captions), and a parse is not changed once the stages read it. A kept table holds its Doc (its
Tokens do), so a Doc lives until :data:`TREES_KEPT` other Docs have been read.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

import numpy as np
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, LOWER, MORPH, ORTH, POS, SPACY
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, MorphAnalysis, Span, Token

from .memo import Memo

T = TypeVar("T")

#: Docs whose tables are kept (a body, its headline and captions: the texts of one article's analysis). The stages
#: read the body, then each side text (its entities), then the body again (its quotes and events), then each side
#: text again (its events): with 4, an article of three captions or more made its body's table again, and its
#: headline's (one body of the 40 texts of bench/throughput.py, and four headlines, a run); 8 keeps an article of up
#: to six captions whole.
TREES_KEPT = 8


#: The values a :class:`Word` keeps (besides its ``head``).
WORD_VALUES = ("i", "idx", "doc", "orth", "lower", "lemma", "text", "lower_", "lemma_", "pos_", "dep_", "morph")

#: Most strings :func:`_strings` remembers before starting afresh (several days of news's distinct words, lemmas and
#: labels), so that a long run's memory stays bounded.
STRINGS_MEMO = 1 << 17
_strings_memo = Memo[int, str](STRINGS_MEMO)  # a hash -> its string (a hash names one string, in every model)


class Word(Token):
    """A Token of a Doc's table, its values of :data:`WORD_VALUES` and its ``head`` kept (read only, as the Doc is)."""

    __slots__ = (*WORD_VALUES, "head")


def _strings(doc: Doc, keys: list[int]) -> list[str]:
    """``[doc.vocab.strings[key] for key in keys]``, each hash read from the string store once (under the lock): a
    dict lookup per token, the store read only for the hashes not met before."""
    memo = _strings_memo
    get = memo.get
    found = [get(key) for key in keys]
    if None in found:  # a hash not met before (or since the memo started afresh)
        strings = doc.vocab.strings
        for i, string in enumerate(found):
            if string is None:
                found[i] = get(keys[i]) or memo.put(keys[i], strings[keys[i]])
    return found  # type: ignore[return-value]


def _words(doc: Doc, heads: list[int]) -> list[Word]:
    """The tokens of ``doc`` as Words (``heads``: each token's head), their values as spaCy's Token reads them."""
    vocab = doc.vocab
    words = [Word(vocab, doc, i) for i in range(len(doc))]
    if not words:
        return words
    columns = doc.to_array([ORTH, LOWER, LEMMA, DEP])
    hashes, tags = columns.T.tolist(), [POS_NAMES[p] for p in doc.to_array(POS).tolist()]
    strings = [_strings(doc, keys) for keys in hashes]
    starts, morphs = doc.to_array(IDX).tolist(), doc.to_array(MORPH).tolist()
    analyses = {key: MorphAnalysis.from_id(vocab, key) for key in set(morphs)}  # one per analysis (read only)
    # ``Token.head``: the token itself when it has no dependency label (no parse), else the one its offset gives; a
    # root's is a Token of its own, as spaCy's is (a Word holding itself would live until the garbage collector ran)
    for i, (word, start, o, lo, le, labelled, text, low, lem, label, tag, morph, head) in enumerate(
        zip(words, starts, *hashes, *strings, tags, morphs, heads, strict=True)
    ):
        word.i, word.idx, word.doc, word.orth, word.lower, word.lemma = i, start, doc, o, lo, le
        word.text, word.lower_, word.lemma_, word.dep_, word.pos_ = text, low, lem, label, tag
        word.morph = analyses[morph]
        word.head = words[head] if labelled and head != i else Token(vocab, doc, i)
    return words


class Tree:
    """The children of every token of ``doc``: ``kids[i]`` are those of token ``i``, in text order."""

    __slots__ = ("doc", "tokens", "kids", "_text", "_bounds", "_capitals", "memo")

    def __init__(self, doc: Doc) -> None:
        heads: list[int] = []
        if len(doc):
            # HEAD is the head's offset from the token, stored unsigned: read back as signed
            offsets = doc.to_array(HEAD).astype(np.int64)
            heads = (offsets + np.arange(len(doc), dtype=np.int64)).tolist()
        tokens = _words(doc, heads)  # each Token made once
        kids: list[list[Token]] = [[] for _ in tokens]
        for i, head in enumerate(heads):
            if head != i:
                kids[head].append(tokens[i])
        self.doc, self.tokens = doc, tokens
        self.kids: list[tuple[Token, ...]] = [tuple(k) for k in kids]
        self._text: str | None = None
        self._bounds: tuple[list[int], list[int]] | None = None
        self._capitals: list[bool] | None = None
        self.memo: dict[object, object] = {}  # what :func:`per_doc` computed once for the Doc

    @property
    def text(self) -> str:
        """``doc.text``: each token's text (its Word's) and its trailing space."""
        if self._text is None:
            spaces = self.doc.to_array(SPACY).tolist() if self.kids else []
            joined = [w.text + " " if space else w.text for w, space in zip(self.tokens, spaces, strict=True)]
            self._text = "".join(joined)
        return self._text

    def bounds(self) -> tuple[list[int], list[int]]:
        """The character offset where each token starts (``tok.idx``) and where it ends (``tok.idx + len(tok)``)."""
        if self._bounds is None:
            if not self.kids:
                self._bounds = [], []
            else:
                starts = self.doc.to_array(IDX).astype(np.int64)
                self._bounds = starts.tolist(), (starts + self.doc.to_array(LENGTH).astype(np.int64)).tolist()
        return self._bounds

    def capitals(self) -> list[bool]:
        """Whether each token's first character is a capital (``tok.text[:1].isupper()``)."""
        if self._capitals is None:
            text = self.text
            self._capitals = [text[a].isupper() for a in self.bounds()[0]]
        return self._capitals


_trees: dict[int, Tree] = {}  # id of a Doc -> its table (the table holds the Doc: the id is not reused meanwhile)
_last: Tree | None = None  # the table read last (most reads are of one text in a row)
_lock = threading.Lock()


def tree(doc: Doc) -> Tree:
    """The table of ``doc``, made on first use."""
    global _last
    found = _last
    if found is not None and found.doc is doc:
        return found
    with _lock:
        found = _trees.get(id(doc))
        if found is None or found.doc is not doc:
            while len(_trees) >= TREES_KEPT:
                del _trees[next(iter(_trees))]  # the oldest
            found = _trees[id(doc)] = Tree(doc)
        _last = found
    return found


def children(tok: Token) -> tuple[Token, ...]:
    """The syntactic children of ``tok``, in text order (``tuple(tok.children)``, read from the Doc's table)."""
    found = _last  # :func:`tree`'s own first test, inlined: read thousands of times an article
    if found is None or found.doc is not tok.doc:
        found = tree(tok.doc)
    return found.kids[tok.i]


def subtree(tok: Token) -> list[Token]:
    """``list(tok.subtree)``, read from the Doc's table: ``tok`` itself and its descendants in spaCy's order (each
    left child's subtree, the token, each right child's subtree), the descendants Words of the table where spaCy
    makes a new Token for each at every walk."""
    found = _last  # :func:`tree`'s own first test, inlined (as in :func:`children`)
    if found is None or found.doc is not tok.doc:
        found = tree(tok.doc)
    kids, out = found.kids, []

    def walk(t: Token) -> None:
        i, below = t.i, kids[t.i]
        for k in below:
            if k.i < i:
                walk(k)
        out.append(t)
        for k in below:
            if k.i > i:
                walk(k)

    walk(tok)
    return out


def tokens(doc: Doc) -> Sequence[Token]:
    """The tokens of ``doc`` (``list(doc)``), made once for the Doc: a pass over the whole text reads them from
    here rather than make each again (read only)."""
    found = _last  # :func:`tree`'s own first test, inlined (as in :func:`children`)
    if found is None or found.doc is not doc:
        found = tree(doc)
    return found.tokens


def capitalised(doc: Doc) -> Sequence[bool]:
    """Whether each token of ``doc`` opens with a capital (``tok.text[:1].isupper()``), read once for the Doc."""
    found = _last
    if found is None or found.doc is not doc:
        found = tree(doc)
    return found._capitals if found._capitals is not None else found.capitals()


def capital_word(tok: Token) -> bool:
    """Whether ``tok`` is a word of letters that opens with a capital ("Niger", not "niger", "G5" or "1er"): the test
    the entity rules make of a word that may be, or go on, a name."""
    return tok.is_alpha and tok.text[:1].isupper()


def span_tokens(span: Span) -> Sequence[Token]:
    """The tokens of ``span`` (``list(span)``), from its Doc's."""
    return tree(span.doc).tokens[span.start : span.end]


def ancestors(tok: Token) -> Iterator[Token]:
    """``tok.ancestors``, read from the Doc's table: each head above ``tok`` up to the root, nearest first, as the
    table's Words (each read from its slot), where spaCy makes a Token for each at every walk."""
    found = _last  # :func:`tree`'s own first test, inlined (as in :func:`children`)
    if found is None or found.doc is not tok.doc:
        found = tree(tok.doc)
    t: Token = found.tokens[tok.i]
    for _ in range(len(found.tokens)):  # spaCy's own guard: no token has more ancestors than the Doc has tokens
        head = t.head
        if head.i == t.i:
            return
        yield head
        t = head


def verb_above(tok: Token) -> Token | None:
    """The nearest verb or auxiliary among the ancestors of ``tok`` (the verb of the clause it is in), or None."""
    return next((a for a in ancestors(tok) if a.pos_ in ("VERB", "AUX")), None)


def governor(tok: Token) -> Token:
    """The word ``tok``'s phrase hangs on: its head, or across an English preposition ("pobj") the preposition's
    ("the sidelines of the summit": "summit" -> "sidelines"; French « du sommet » hangs on « marge » directly)."""
    return tok.head.head if tok.dep_ == "pobj" else tok.head


def per_doc(doc: Doc, key: object, make: Callable[[Doc], T]) -> T:
    """``make(doc)``, computed once for the Doc and ``key`` (a Doc's parse does not change while the stages read
    it): what a pass asks of every token again and again, a set of positions, say. ``key`` names what is made,
    and whatever it is made from besides the Doc (a word list that may be reloaded)."""
    found = _last
    if found is None or found.doc is not doc:
        found = tree(doc)
    memo = found.memo
    if key not in memo:
        memo[key] = make(doc)
    return memo[key]  # type: ignore[return-value]


def starting_in(doc: Doc, start: int, end: int) -> Sequence[Token]:
    """The tokens of ``doc`` whose first character is in ``[start, end)`` (``[t for t in doc if start <= t.idx <
    end]``), found by bisection in the table's offsets (read only)."""
    found = tree(doc)
    starts = found.bounds()[0]
    return found.tokens[bisect_left(starts, start) : bisect_left(starts, end)]


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once for the Doc."""
    return tree(doc).text


def text_of(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text``, cut from the Doc's text (a slice out of bounds, or empty, is left to spaCy)."""
    found = _last
    if found is None or found.doc is not doc:
        found = tree(doc)
    if not 0 <= start < end <= len(found.kids):
        return doc[start:end].text
    starts, ends = found.bounds()
    return found.text[starts[start] : ends[end - 1]]


def span_text(span: Span) -> str:
    """``span.text``, cut from its Doc's text."""
    return text_of(span.doc, span.start, span.end)
