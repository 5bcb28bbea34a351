"""A name set in quotation marks is no quote: a nickname printed inside a person's name ('Rodrigo "Timo" Lanza',
'Sergeant “Bull” Harlan'), or a whole name quoted where it stands for someone or something: the subject of a verb
('Rebel envoy “Ivo Marten” told reporters that…', « “Valdo Libre” a dénoncé… »), an apposition (« la télévision
publique “Télé Valdo” »), or a person's name the entity stage read ('the rebels' commander, “Ivo Marten,” said').
A speech verb may govern such words through the sentence's parse, so the capitalised-word test of :mod:`.direct`
(which a governing speech verb overrides) does not drop them.

Only quoted words that are all capitalised proper nouns, at most :data:`NAME_WORDS` of them, between two marks (words
cut off by the end of an excerpt are read as before): a quoted clause, a slogan with a verb or a preposition, a quoted
common noun, a quoted title between a possessive and the next phrase are read as before."""

from __future__ import annotations

from spacy.tokens import Span, Token

from . import labels
from .frame import Frame
from .speakers import Mentions

#: A quoted name holds at most this many words ('“Ivo Marten”', '“Abu Karim al-Tahir”').
NAME_WORDS = 4
#: The dependencies that make a quoted name stand for someone in its sentence: a verb's subject, an apposition.
_NAMING = labels.SUBJECT | frozenset({"nsubjpass", "nsubj:pass", "appos"})


def quoted_name(fr: Frame, ctx: Span, o: int, c: int, start: int, end: int, mentions: Mentions) -> bool:
    """Whether the words from ``start`` to ``end`` between the marks at ``o`` and ``c`` of sentence ``ctx`` are a
    name (module docstring); ``mentions``: the entities' mentions (a person's name the entity stage read)."""
    words = [t for t in ctx if start <= t.idx < end and not t.is_punct]
    if not words or len(words) > NAME_WORDS or not all(_name_word(t) for t in words):
        return False
    if c >= len(fr.text) or not fr.text[c].strip():
        return False  # no closing mark: words cut off at the end of an excerpt
    ids = {t.i for t in words}
    roots = [t for t in words if t.head.i not in ids or t.head.i == t.i]
    if len(roots) != 1:
        return False
    before, after = fr.text[ctx.start_char : o].rstrip(), fr.text[c + 1 : ctx.end_char].lstrip()
    if _capitalised(before, last=True) and _capitalised(after) and _inside_name(roots[0], c):
        return True  # a nickname inside a name: 'Rodrigo "Timo" Lanza'
    return bool(mentions.persons(start, end)) or roots[0].dep_ in _NAMING  # 'the commander, “Ivo Marten,” said'


def _inside_name(root: Token, c: int) -> bool:
    """Whether quoted word ``root`` hangs on the word right after the closing mark at ``c`` and the word right before
    the opening mark hangs on that word too, or on it: the parts of one name ('Rodrigo "Timo" Lanza'), not a quoted
    title between a possessive and the next phrase ('X's "Neighbours First Policy," Trade Minister Y said')."""
    doc = root.doc
    nxt = next((t for t in doc[root.i + 1 :] if t.idx > c and not t.is_punct), None)
    prev = next((t for t in reversed(doc[: root.left_edge.i]) if not t.is_punct), None)
    if nxt is None or prev is None or root.head.i != nxt.i or prev.pos_ != "PROPN" or "'" in prev.text:
        return False
    return prev.head.i in {nxt.i, root.i}


def _name_word(t: Token) -> bool:
    """A capitalised proper noun."""
    return t.pos_ == "PROPN" and t.text[:1].isupper()


def _capitalised(text: str, last: bool = False) -> bool:
    """Whether the word of ``text`` next to the marks (its last word when ``last``, else its first one, with no
    punctuation between) is capitalised."""
    if not text or not text[-1 if last else 0].isalpha():
        return False
    word = text.split()[-1] if last else text.split()[0]
    return word[:1].isupper()
