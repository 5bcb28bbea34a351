"""The words of a speaker phrase: its folded text (:func:`np_text`), the phrase as printed for a described speaker
(:func:`phrase`), its grammatical gender, the group a partitive phrase names one member of, and whether a name is
apposed to it. Read by :mod:`.resolve`."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children, subtree, text_of, tokens
from . import labels
from .lexicon import fold, time_word
from .owners import relative_tokens


def np_text(head: Token) -> str:
    """The folded words of the noun phrase of ``head``, without its relative clauses."""
    skip = relative_tokens(head)
    return fold(" ".join(t.text for t in subtree(head) if t.i not in skip and not t.is_punct))


#: A described speaker's phrase is cut after this many words (its head and what follows it first).
PHRASE_MAX_WORDS = 10


def phrase(head: Token, time: frozenset[str]) -> str:
    """The phrase of ``head`` as printed, without its relative clauses, cut to :data:`PHRASE_MAX_WORDS` words
    ("un cadre du ministère", "des sources proches du palais") and before a word of ``time`` that hangs on its head
    after it ("ont précisé les autorités mardi", "selon un diplomate ostravien jeudi matin": the time of the
    statement, hung on the noun by the parser, is no word of the speaker; "des élus de décembre", "the Sunday Times"
    keep theirs)."""
    skip = relative_tokens(head)
    toks = [t for t in subtree(head) if t.i not in skip]
    cut = [t.i + 1 for t in toks if t.i < head.i and t.text == ","]  # a verb the parser hung under the noun: "a
    toks = [t for t in toks if t.i >= max(cut, default=0)]  # déclaré, dans un communiqué, une source": not its words
    first = toks[0].i
    last = first
    for t in toks:  # the words up to the first gap (a relative clause), a comma or time word after the head, the cut
        after = t.i > head.i and (t.text == "," or _bare_time(t, head, time))
        if t.i > last + 1 or t.i - first >= PHRASE_MAX_WORDS or after:
            break
        last = t.i
    doc = head.doc
    words = tokens(doc)
    while last > head.i and (words[last].is_punct or words[last].pos_ in {"ADP", "CCONJ", "DET"}):
        last -= 1
    while first < head.i and (words[first].is_punct or words[first].dep_ in labels.CASE):
        first += 1  # "selon des sources…": the preposition hangs under the noun
    return text_of(doc, first, last + 1)


def _bare_time(t: Token, head: Token, time: frozenset[str]) -> bool:
    """Whether ``t`` is a word of ``time`` hung on ``head`` with no preposition ("les autorités mardi"; not "les élus
    de décembre", whatever word the parser hangs "décembre" on)."""
    return (
        t.head.i == head.i
        and time_word(t, time)
        and tokens(t.doc)[t.i - 1].pos_ != "ADP"
        and not any(c.dep_ in labels.CASE for c in children(t))
    )


def gender(head: Token) -> str | None:
    """The grammatical gender of a role phrase ("la ministre" -> "f"), from its noun or article; None unknown."""
    genders = {g for t in [head, *(c for c in children(head) if c.dep_ == "det")] for g in labels.feature(t, "Gender")}
    return {"Masc": "m", "Fem": "f"}.get(genders.pop()) if len(genders) == 1 else None


def partitive(head: Token) -> int:
    """Where the group ends when ``head`` heads a partitive phrase, one member of a group left unnamed ("l’une
    d’elles", "l’un des manifestants", "one of them"): a pronoun or number followed by a preposition and a plural
    pronoun or noun; 0 otherwise."""
    doc = head.doc
    toks = tokens(doc)
    if head.pos_ not in {"PRON", "NUM"} or head.i + 2 >= len(doc) or toks[head.i + 1].pos_ != "ADP":
        return 0
    if labels.feature(head, "Person"):
        return 0  # a personal pronoun ("déclare-t-il devant les salariés") is no member of a group
    first = head.left_edge.i
    if "Rel" in labels.feature(head, "PronType") or (
        first > 1 and toks[first - 1].text == "," and toks[first - 2].pos_ == "PROPN"
    ):
        return 0  # "X, l’une des figures de l’opposition": an apposition to a name, not an unnamed speaker
    group = next((t for t in toks[head.i + 2 : head.i + 5] if t.pos_ in {"PRON", "NOUN"}), None)
    return group.i if group is not None and labels.feature(group, "Number") == ["Plur"] else 0


def np_names_person(head: Token) -> bool:
    """Whether the phrase of ``head`` names a person by apposition ("the minister, X", "X, who…")."""
    return any(
        t.dep_ in {"appos", "flat", "flat:name", "conj"}
        or (t.i > head.i and t.i and tokens(t.doc)[t.i - 1].text in {",", "—", "–"})
        for t in subtree(head)
        if t.pos_ == "PROPN"
    )
