"""Person names a speaker's phrase prints that no entity covers (the entity recogniser missed the person), read by
:mod:`.resolve`: :func:`unlinked_name` keeps a role from referring back to another person ("le Commissaire de l’UA,
Ramtane Lamamra" is Lamamra, not the last commissioner seen); :func:`printed_name` lets such a name speak as a
described speaker under the name printed ("“…,” Karel Dunst, a spokesperson for the port authority, said": Karel
Dunst, not the authority; "Ostravia's Ambassador Karel Dunst told reporters that…": a quote kept, not dropped).
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import kb
from ..tree import children
from . import labels
from .lexicon import Lexicon, fold
from .owners import relative_tokens
from .speakers import Mentions, Speaker

#: Dependents that join the words of one name ("Karel" → "Dunst", "Al" → "Jubeir").
_NAME_PARTS = frozenset({"compound", "flat", "flat:name"})


def unlinked_name(head: Token) -> str | None:
    """The full name of a person the phrase of ``head`` prints (as its head, or in apposition after a comma: "le
    Commissaire de l’UA, Ramtane Lamamra") when no entity covers it: two capitalised proper nouns or more; None
    otherwise."""
    doc = head.doc
    if head.pos_ == "PROPN":
        starts = [head]
    else:
        skip = relative_tokens(head)
        starts = [
            c
            for c in children(head)
            if c.i > head.i and c.pos_ == "PROPN" and c.i not in skip and doc[c.left_edge.i - 1].text == ","
        ]
    for t in starts:
        toks = [x for x in t.subtree if x.pos_ == "PROPN" and (x is t or x.dep_ in labels.NAME | {"flat"})]
        if len(toks) < 2 or toks[-1].i - toks[0].i != len(toks) - 1 or not all(x.text[:1].isupper() for x in toks):
            continue
        return doc[toks[0].i : toks[-1].i + 1].text
    return None


def printed_name(head: Token, mentions: Mentions, lex: Lexicon, lang: str) -> str | None:
    """The full name of a person that proper noun ``head`` prints with a role or title presenting it, when no
    entity mention covers it: "Karel Dunst, a spokesperson for X, said", "Prime Minister Karel Dunst said",
    "Ostravia's Ambassador to Velmar Karel Dunst told…" (the name in apposition to the role). Two capitalised
    proper nouns side by side or more (a hyphen inside a name kept: "Al-Jubeir"), the titles before them set
    aside; None otherwise, and for a bare name ("Karel Dunst said": maybe no person at all)."""
    if head.pos_ != "PROPN":
        return None
    doc, skip = head.doc, relative_tokens(head)
    if any(
        e.type == "PERSON" for x in head.subtree if x.i not in skip for e in mentions.covering(x.idx, x.idx + len(x))
    ):
        return None  # "Home Adviser Lt Gen Jahangir Kabir": a person the entities know is named in the phrase
    apposed_role = any(c.dep_ == "appos" and c.pos_ == "NOUN" and _role(c.lemma_, lang) for c in children(head))
    for t in [head] + [c for c in children(head) if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i]:
        if any(c.dep_ == "det" for c in children(t)) or _role(t.text, lang):
            continue  # "the Home Adviser", "Deputy Minister": a title written in capitals, no name
        first, start = _name_run(t), _after_titles(t, lex, lang)
        words = [x for x in doc[start : t.i + 1] if x.pos_ == "PROPN"]
        before = doc[first - 1] if first else None  # "spokeswoman Karel Dunst": a role in lower case before
        titled = before is not None and first <= before.head.i <= t.i and _role(before.lemma_, lang)
        presented = apposed_role or titled or start > first or (t is not head and _role(head.text, lang))
        if len(words) < 2 or not presented:
            continue
        if any(mentions.covering(x.idx, x.idx + len(x)) for x in words):
            return None  # an entity is named there: the resolver's reading
        return doc[start : t.i + 1].text
    return None


def _name_run(t: Token) -> int:
    """The index of the first of the capitalised proper nouns joined to ``t`` right before it (and a hyphen between
    two of them: "Al-Jubeir")."""
    doc, i = t.doc, t.i
    while i > 0:
        prev = doc[i - 1]
        if _name_word(prev) and prev.dep_ in _NAME_PARTS and t.i >= prev.head.i >= i - 1:
            i -= 1
        elif (
            prev.text == "-"
            and not prev.whitespace_
            and i > 1
            and _name_word(doc[i - 2])
            and not doc[i - 2].whitespace_
        ):
            i -= 2
        else:
            break
    return i


def _after_titles(t: Token, lex: Lexicon, lang: str) -> int:
    """The index of the first word of the name ending on ``t``, after the last title or role of its run of proper
    nouns ("Ostravian President Karel Dunst", "Prime Minister Dunst", "Mr Dunst": the name is what follows)."""
    doc, titles = t.doc, lex["gender_m"] | lex["gender_f"]
    start = i = _name_run(t)
    while i < t.i:
        width = 1 if fold(doc[i].text).rstrip(".") in titles else 0
        width = width or next((k for k in (3, 2, 1) if i + k <= t.i and _role(doc[i : i + k].text, lang)), 0)
        i += width or 1
        start = i if width else start
    return start


def _name_word(t: Token) -> bool:
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[:1].isalpha()


def _role(words: str, lang: str) -> bool:
    """Whether ``words`` name a role of the knowledge base ("President", "Prime Minister", "spokesperson")."""
    return kb.load().role(words.lower(), lang) is not None


def name_word(head: Token, mentions: Mentions) -> list[Speaker]:
    """The person whose name a word tagged as a pronoun ends, capitalised inside the sentence ("Kim Jong Un a
    précisé…": "Un" read as the pronoun "un"): the person of the mention that covers it and starts before it; []
    otherwise (a pronoun opening the sentence, "Elle a dit", or one no person's name holds)."""
    before = head.doc[head.i - 1] if head.i else None
    if before is None or before.is_punct or before.is_space or not head.text[:1].isupper():
        return []  # the parser may open a sentence on it: the word before tells
    return [sp for a, b, sp in mentions.spans if a < head.idx < b and sp.type == "PERSON"][:1]
