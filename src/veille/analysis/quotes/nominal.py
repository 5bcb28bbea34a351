"""What a speech noun states through its complement clause, read by :mod:`.indirect`.

"Paul Martel's claim that the harvest had failed…", "the ministry's statement that…", "l'affirmation de X que
la récolte avait échoué…": a noun of the lexicon's ``noun_clause`` kind (a statement, a claim, an announcement)
followed by a clause opened by a complementizer; the clause is what the noun's owner said (its possessor, or its
"de X" / "par X" complement, or the subject of the verb that voices it: "X expressed concern that…"). The parser
hangs the clause under the noun, or, in French, under the verb the noun depends on, right after the noun's phrase.
A relative clause ("the claim that he made") is no statement: its "that" is a pronoun, not a complementizer.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..tree import ancestors, children, span_tokens, tokens
from . import labels
from .frame import Frame
from .lexicon import complementizer
from .subjects import speaker_heads

#: At most this many words between a speech noun and its complementizer ("statements to the press that…").
PHRASE_MAX = 12
#: Clauses under a noun or, in French, the verb above it, that may hold what the noun states.
CLAUSE = frozenset({"acl", "ccomp", "relcl", "acl:relcl"})


def noun_clauses(fr: Frame, u: Span) -> list[tuple[Token, Token, list[Token], str]]:
    """``(first, last, speaker heads, noun)`` of each clause of unit ``u`` that a speech noun states, with an owner
    named before the clause; [] when there is none."""
    nouns = fr.lex["noun_clause"]
    found, toks = [], tokens(u.doc)
    for n in span_tokens(u):
        if n.pos_ != "NOUN" or n.lemma_.lower() not in nouns or fr.in_quote(n.idx):
            continue  # the cheap test first: a speech noun
        mark = _complementizer(n, u)
        if mark is None:
            continue
        owners = _owners(n, mark) or maker(fr, n)
        if not owners:
            continue  # "the claim that…" with nobody named, nor the subject that voices it: no speaker to find
        clause = mark.head
        last = toks[min(clause.right_edge.i, u.end - 1)]
        while last.i > mark.i and last.is_punct:
            last = toks[last.i - 1]
        if last.i > mark.i:
            found.append((toks[mark.i + 1], last, owners, n.lemma_.lower()))
    return found


def _complementizer(n: Token, u: Span) -> Token | None:
    """The complementizer opening the clause of noun ``n`` right after its phrase: the first "mark" after ``n``, with
    nothing but nominal words before it (no verb, no punctuation: "l'affirmation de X, que…" is a relative), of a
    clause hung on a word of the noun's phrase or on the word the noun depends on; None."""
    doc = n.doc
    for t in tokens(doc)[n.i + 1 : min(u.end, n.i + 1 + PHRASE_MAX)]:
        if t.dep_ == "mark" and complementizer(t):
            clause = t.head
            on = clause.head
            inside = on.i == n.i or on.i == n.head.i or (n.i < on.i < t.i and n.i in {a.i for a in ancestors(on)})
            return t if clause.dep_ in CLAUSE and clause.i > t.i and inside else None
        if t.pos_ in labels.VERBAL or t.is_punct:
            return None
    return None


def _owners(n: Token, mark: Token) -> list[Token]:
    """Who made the statement noun ``n`` names: its possessor or its "de X" / "par X" complement, before the clause
    at ``mark``."""
    return [c for c in children(n) if c.dep_ in labels.OWNER and c.i < mark.i and c.pos_ in {"NOUN", "PROPN"}]


def maker(fr: Frame, noun: Token) -> list[Token]:
    """The subject of the verb whose object is speech noun ``noun`` (lexicon kinds ``noun``, ``noun_clause``) when
    that verb issues the statement (lexicon kind ``verb_issue``: "X a fait une déclaration selon laquelle…", "X a
    publié un communiqué selon lequel…", "X expressed concern that…"); not "X a démenti l’annonce selon
    laquelle…", "X a lu le rapport selon lequel…": someone else's statement; [] otherwise."""
    verb = noun.head
    if (
        noun.dep_ not in {"obj", "dobj"}
        or verb.pos_ not in labels.VERBAL
        or fr.lex.lemma(verb) not in fr.lex["verb_issue"]
        or fr.lex.lemma(noun) not in fr.lex["noun"] | fr.lex["noun_clause"]
    ):
        return []
    return speaker_heads(verb, fr, verb.idx)
