"""Unnamed sources referred back to: a definite phrase headed by a noun of an unnamed source ("the official",
"le responsable indien", "the source") keeps the source unnamed unless the text names its holder.

News copy introduces an unnamed source ("a Seoul official said", "a précisé un responsable du ministère") and then
refers back to it by a definite phrase ("the official added", "selon le responsable indien"). The entity stage may
link such a phrase to the last person named nearby, and a role phrase is otherwise resolved to the last person seen;
but a person the text never calls by that noun (no mention of theirs holds it: "Foreign Ministry official Kim Soo",
"le responsable, Paul Martel") is not that source. The phrase then names the earlier unnamed source of the same noun
when there is one, else an unnamed source described by its own phrase.

A bare definite spokesperson phrase ("the spokesperson said", "a ajouté le porte-parole") likewise refers back to
the last spokesperson phrase ("a State Department spokesperson said"): it speaks for the same institution, not for
the last person named, unless the text calls that person a spokesperson.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .. import kb
from ..tree import children, text_of
from . import labels
from .lexicon import Lexicon, fold, in_any_language
from .memory import Memory
from .speakers import Mentions, Speaker, described

#: A role phrase of the lede ("Ostravia's prime minister said") names the person the text calls by that role at most
#: this many characters after it (the next sentence or two).
NAMED_LATER_WINDOW = 400

#: A role phrase with a nationality ("le chancelier valdorien a assuré…") names the person the text calls by that
#: role and nationality at most this many characters after it (the next paragraphs of a short dispatch).
NATIONAL_LATER_WINDOW = 800
#: How many words right before a person's mention (in its sentence) are read for the noun of a source in
#: apposition ("Foreign Ministry official Kim Soo", "le responsable du parti, Paul Martel"): a noun and its complement.
APPOSITION_WORDS = 4


def source_nouns(head: Token, lex: Lexicon) -> set[str]:
    """The folded forms of ``head`` that are nouns of an unnamed source ("official", "responsable"); empty else. A
    ``relational`` noun (« l'avocate de X ») is none: the name printed beside its phrase is the person it names."""
    if head.pos_ != "NOUN":
        return set()
    return {fold(head.text), fold(head.lemma_)} & (lex["anonymous"] - lex["relational"])


def _phrase_spans(head: Token) -> list[tuple[int, int]]:
    """Character spans of the words of the phrase of ``head`` other than ``head``, without its clauses."""
    clauses = {t.i for c in children(head) if c.dep_.startswith("acl") or c.dep_ == "relcl" for t in c.subtree}
    return [(t.idx, t.idx + len(t)) for t in head.subtree if t.i != head.i and t.i not in clauses]


def _anaphoric(mention: str, nouns: set[str]) -> bool:
    """Whether ``mention`` is itself a definite phrase of an unnamed source, with no name after its noun ("the
    official", "le responsable indien"; not "the official Kim Soo")."""
    words = mention.split()
    folded = [fold(w) for w in words]
    at = next((k for k, w in enumerate(folded) if w in nouns), None)
    return (
        at is not None
        and re.split("['’]", folded[0])[0] in in_any_language("definite_article")
        and not any(w[:1].isupper() for w in words[at + 1 :])
    )


def _owned(head: Token) -> bool:
    """Whether the phrase of ``head`` says whom it speaks for or names its person (any modifier or apposition)."""
    return any(
        c.dep_ not in {"det", "punct"} and not c.dep_.startswith("acl") and c.dep_ != "relcl" for c in children(head)
    )


def _holds(text: str, mentions: Mentions, person: Speaker, nouns: set[str], head: Token) -> bool:
    """Whether the text calls ``person`` by one of ``nouns``: a mention of theirs in apposition inside the phrase of
    ``head`` ("le négociateur iranien, X"), or elsewhere holding the noun, right after it ("official Kim Soo") or
    before its apposition ("Kim Soo, an official of the ministry,")."""
    own = (head.idx, head.idx + len(head))
    inside = _phrase_spans(head)
    for a, b, e in mentions.spans:
        if e.key != person.key or (a < own[1] and b > own[0]):
            continue  # the phrase's own mention ("the official" linked to the person) proves nothing
        if any(a <= x and y <= b for x, y in inside):
            return True
        if _anaphoric(text[a:b], nouns):
            continue  # another "the official" linked to the person: the same guess, no evidence
        before = re.split(r"[.!?;\n]", text[max(0, a - 80) : a])[-1]
        if nouns & set(fold(before).split()[-APPOSITION_WORDS:] + fold(text[a:b]).split()):
            return True
        if text[b : b + 1] == "," and _apposition(head.doc, b, nouns):
            return True
    return False


def _apposition(doc: Doc, b: int, nouns: set[str]) -> bool:
    """Whether the phrase after the comma at ``b`` that closes a mention is an apposition headed by one of
    ``nouns``, within :data:`APPOSITION_WORDS` words ("Kim Soo, an official of the ministry, …"; not "…, a précisé
    un responsable": a subject)."""
    comma = doc.char_span(b, b + 1, alignment_mode="expand")
    if comma is None:
        return False
    for t in doc[comma.end : comma.end + APPOSITION_WORDS]:
        if t.is_punct:
            return False
        if fold(t.text) in nouns or fold(t.lemma_) in nouns:
            return t.dep_ == "appos"
    return False


def keep_unnamed(
    head: Token,
    np_words: str,
    ents: list[Speaker],
    text: str,
    lex: Lexicon,
    mentions: Mentions,
    memory: Memory,
    pos: int,
) -> list[Speaker]:
    """``ents``, the persons the definite phrase of ``head`` was resolved to, or the unnamed source it refers back
    to when ``head`` is a noun of an unnamed source and none of those persons is ever called by it; for a bare
    spokesperson noun, whom the last spokesperson phrase spoke for. ``np_words``: the folded words of the phrase."""
    if not ents or any(e.type != "PERSON" for e in ents):
        return ents
    if any(c.dep_ == "nummod" for c in children(head)) or np_words in lex["joint"] | lex["joint_party"]:
        return ents  # "les deux responsables", "the two officials": a group of the persons named before
    spokes = {fold(head.text)} & lex["spokes"] if head.pos_ == "NOUN" and not _owned(head) else set()
    nouns = source_nouns(head, lex) or spokes
    if not nouns:
        return ents
    if any(_holds(text, mentions, e, nouns, head) for e in ents):
        return ents  # the text calls the person so
    if spokes:  # "the spokesperson said": whom the last spokesperson phrase spoke for
        return memory.introduced_by(pos, nouns) or ents
    earlier = memory.described(pos, nouns)
    return [earlier] if earlier is not None else [described(text_of(head.doc, head.left_edge.i, head.i + 1))]


def named_later(
    head: Token, text: str, mentions: Mentions, states: frozenset[str] = frozenset(), lang: str = ""
) -> list[Speaker]:
    """The person the text names with the role of singular ``head`` within :data:`NAMED_LATER_WINDOW` characters
    after it ("Ostravia's prime minister said…" then "Prime Minister Karel Dunst", or "Karel Dunst, secretary
    general of the party,"): a lede names an official by the role, the next sentences by the name; [] else.
    With ``states``, the nationality the phrase gives ("le chancelier valdorien a assuré…" then "le gouvernement
    valdorien, emmené par le chancelier Paul Martel"), within :data:`NATIONAL_LATER_WINDOW`: a person known to act
    for that state, or of no known state where the words of the sentence before the name give that nationality."""
    if "Plur" in labels.feature(head, "Number"):
        return []
    nouns = {fold(head.text), fold(head.lemma_)}
    window = NATIONAL_LATER_WINDOW if states else NAMED_LATER_WINDOW
    for a, b, e in mentions.spans:  # sorted by start
        if a - head.idx > window:
            break
        if e.type != "PERSON" or a <= head.idx:
            continue
        clause = re.split(r"[.!?;\n]", text[max(0, a - 120) : a])[-1]
        before = fold(clause).split()[-3:]
        after = fold(text[b : b + 60]).split(",")
        if not (nouns & set(before) or (text[b : b + 1] == "," and len(after) > 1 and nouns & set(after[1].split()))):
            continue
        if not states or e.country in states:
            return [e]
        if e.country is None and any(kb.load().demonym(w, lang) in states for w in re.findall(r"[\w-]+", clause)):
            return [e]
    return []


def state_holder_before(head: Token, text: str, mentions: Mentions, lang: str, window: int) -> list[Speaker]:
    """The person a singular role noun ``head`` owned by a state names ("Ostravia's president said") when the text
    called that person by the role before, with the state ("Ostravia's President Karel Dunst") or as a person of that
    state ("Ostravian President Karel Dunst", then "Dunst"): the last such person mentioned within ``window``
    characters before it (the reach of a definite role phrase, ``resolve.ROLE_WINDOW``); [] when the possessor is no
    state or no such person."""
    if "Plur" in labels.feature(head, "Number"):
        return []
    owner = next((c for c in children(head) if c.dep_ in {"poss", "nmod:poss"} and c.pos_ == "PROPN"), None)
    state = [e for e in mentions.covering(owner.idx, owner.idx + len(owner)) if e.type == "GPE"] if owner else []
    if owner is None or not state:
        return []
    codes = {e.code for e in kb.load().lookup(owner.text, lang) if e.kind == "country" and e.code}
    nouns, word = {fold(head.text), fold(head.lemma_)}, fold(owner.text)
    called = set()
    for a, b, e in mentions.spans:
        said = fold(text[a:b])
        if a < head.idx and e.type == "PERSON" and nouns & set(said.split()) and (e.country in codes or word in said):
            called.add(e.key)
    near = [(a, e) for a, _, e in mentions.spans if e.key in called and 0 < head.idx - a <= window]
    return [max(near, key=lambda m: m[0])[1]] if near else []
