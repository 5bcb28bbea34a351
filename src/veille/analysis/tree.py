"""The parse's dependency tree as lists, made once per Doc: each token's children.

spaCy's ``Token.children`` is a generator that walks the token's edges again at every call and makes a new Token
for each child; the quote and event passes ask it of the same tokens again and again (a trigger's conditions, its
subject, its objects, the modality of its chain...). :func:`children` answers from a table built once per Doc from
its heads array: the same children in the same order (by position in the text), as a tuple of Tokens made once.

The tables of the last :data:`TREES_KEPT` Docs are kept: the stages read one text at a time (a body, then its
headline and captions), and a parse is not changed once the stages read it. A kept table holds its Doc (its
Tokens do), so a Doc lives until :data:`TREES_KEPT` other Docs have been read.
"""

from __future__ import annotations

import threading

import numpy as np
from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

#: Docs whose tables are kept (a body, its headline and captions: the texts of one article's analysis).
TREES_KEPT = 4


class Tree:
    """The children of every token of ``doc``: ``kids[i]`` are those of token ``i``, in text order."""

    __slots__ = ("doc", "kids")

    def __init__(self, doc: Doc) -> None:
        tokens = list(doc)  # one pass, each Token made once
        kids: list[list[Token]] = [[] for _ in tokens]
        if tokens:
            # HEAD is the head's offset from the token, stored unsigned: read back as signed
            offsets = doc.to_array(HEAD).astype(np.int64)
            heads = (offsets + np.arange(len(tokens), dtype=np.int64)).tolist()
            for i, head in enumerate(heads):
                if head != i:
                    kids[head].append(tokens[i])
        self.doc = doc
        self.kids: list[tuple[Token, ...]] = [tuple(k) for k in kids]


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
    found = _last
    if found is None or found.doc is not tok.doc:
        found = tree(tok.doc)
    return found.kids[tok.i]
