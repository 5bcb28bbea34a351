"""Names printed in apposition beside a speaker phrase's head, which name the speaker where the phrase is a role
or a description: a name child of the head ("le ministre X", "l’organisation Reporters sans frontières", "l’agence
de presse russe X", "a Thai official": not Thailand), a person in apposition lower in the phrase ("The mayor of X,
Paul Martel, said"), the person named right after the phrase and a comma ("…, a écrit la ministre de X, Claire
Vasseur."), or right before it at the start of a sentence ("Paul Martel, maire de Brévonne, a dit"). Read by
:mod:`.resolve` (step 4 of the passes listed in the package's docstring), through its per-token memo where a walk
is asked again (:class:`~.head_memo.HeadMemo`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from . import labels
from .lexicon import Lexicon
from .media import media_title
from .owners import phrase_end, relative_tokens
from .role_holder import compound_speakers
from .speakers import Mentions, Speaker


def apposed_below(head: Token, mentions: Mentions) -> list[Speaker]:
    """The persons named in apposition lower in the phrase of ``head`` ("The mayor of X, Paul Martel, said")."""
    skip, covering = relative_tokens(head), mentions.covering
    found = [e for t in head.subtree if t.dep_ == "appos" and t.i not in skip for e in covering(t.idx, t.idx + len(t))]
    return [e for e in found if e.type == "PERSON"]


def apposed_names(head: Token, mentions: Mentions, lex: Lexicon) -> list[Speaker]:
    """Entities named by a child of ``head`` in apposition ("le ministre X", "l’organisation Reporters sans
    frontières", "a Thai official" — not Thailand)."""
    ents: list[Speaker] = []
    covering = mentions.covering
    for c in children(head):
        if c.dep_ in labels.NAME or (
            c.dep_ in {"amod", "conj"} and c.pos_ == "PROPN" and not any(x.dep_ == "cc" for x in children(c))
        ):  # a name in apposition parsed as amod or conj
            found = covering(c.left_edge.idx, (end := phrase_end(c)).idx + len(end))  # not its relative clauses
            if c.dep_ in {"amod", "compound"} and head.pos_ == "NOUN" and head.lemma_.lower() not in lex["institution"]:
                found = compound_speakers(head, c, found, lex)  # "a Thai official", "a Biden aide"
            ents += found
        elif (
            c.dep_ in {"nmod", "amod"}
            and c.left_edge.i == c.i > head.i
            and all(_before_name(x, head, c) for x in head.doc[head.i + 1 : c.i])
            and c.pos_ in {"PROPN", "NOUN", "X"}
            and c.text[:1].isupper()
        ):  # "l’organisation Reporters sans frontières", "l’agence de presse russe X": a name, no "de"
            ents += [e for e in covering(c.idx, c.idx + len(c)) if e.type != "PERSON"]
        elif c.i > head.i and c.left_edge.i and head.doc[c.left_edge.i - 1].text == ",":
            # ", Oleh Moroz" mis-tagged (acl, nmod…): only a person's name counts as an apposition
            ents += [e for e in covering(c.left_edge.idx, c.idx + len(c)) if e.type == "PERSON"]
    return ents or media_title(head, mentions)  # "selon la chaîne de télévision locale « X »"


def named_before(head: Token, mentions: Mentions, text: str) -> list[Speaker]:
    """The person named right before the phrase of ``head`` and a comma, at the start of a sentence or clause:
    "Paul Martel, représentant de l’ONU, appelle…" parsed with the role as the subject."""
    doc, first = head.doc, head.left_edge.i
    if first < 2 or doc[first - 1].text != ",":
        return []
    return _named_before_comma(mentions, text, doc[first - 1].idx)


def named_after_comma(head: Token, mentions: Mentions) -> list[Speaker]:
    """The person named right after the phrase of ``head`` and a comma, the parser having hung the name
    elsewhere ("…, a écrit la ministre de la Défense, Anita Anand."); [] when none."""
    skip = relative_tokens(head)
    last = max(t.i for t in head.subtree if t.i not in skip)
    doc = head.doc
    if last + 2 >= len(doc) or doc[last + 1].text != ",":
        return []
    nxt = doc[last + 2]
    return [e for e in mentions.covering(nxt.idx, nxt.idx + len(nxt)) if e.type == "PERSON"][:1]


def _named_before_comma(mentions: Mentions, text: str, comma: int) -> list[Speaker]:
    """The person whose mention ends right before the comma at character ``comma`` (spaces between) and begins a
    sentence or a paragraph; [] when none. Only the mentions near the comma are read."""
    for start, end, e in mentions.spans[mentions.index.near(len(text[:comma].rstrip()), comma)]:
        if e.type == "PERSON" and end <= comma and not text[end:comma].strip():
            before = text[:start].rstrip()
            if not before or before[-1] in '.!?:;»”"\n' or "\n" in text[start - 2 : start]:
                return [e]
    return []


def _before_name(x: Token, head: Token, name: Token) -> bool:
    """Whether ``x``, between noun ``head`` and a name after it, is an adjective of the noun or a word of a « de »
    complement of it that ends before the name ("l’agence de presse russe X", "le magazine allemand X")."""
    if x.pos_ == "ADJ" and x.head.i == head.i:
        return True
    top = next((a for a in [x, *x.ancestors] if a.head.i == head.i), None)
    return top is not None and top.dep_ == "nmod" and top.right_edge.i < name.i and top.left_edge.i > head.i
