"""Organisations named back by a short common noun: "a fait savoir l’organisation", "the group said".

News copy names an organisation once ("l’ONG Terre Claire", "the Valdor Climate Alliance") and then refers back to
it by a bare definite phrase headed by a generic noun of organisations ("l’organisation", "le groupe", "the
agency"), the ``org_epithet`` entries of the lexicon. When that noun is in no entity's name (the name-holding case
is :meth:`.resolve.Resolver.definite`'s), the phrase names the last organisation mentioned before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from .. import kb
from ..tree import children
from .lexicon import Lexicon, fold
from .speakers import Mentions, Speaker, dedupe

#: Dependency labels of a complement under a generic noun of organisations that says what the organisation does
#: ("l’ONG de soutien aux familles de prisonniers"): with no entity in it, the phrase still refers back.
_PURPOSE = frozenset({"nmod"})
#: Dependency labels of the words before a generic noun of organisations that say what kind it is ("the rights group",
#: "the guerrilla group", "the Saudi coalition"): :func:`described_organisation`.
_KIND = frozenset({"amod", "compound"})
_NAME_WORD = re.compile(r"\w+")


def _epithet(head: Token, lex: Lexicon) -> bool:
    """Whether ``head`` is a generic noun of organisations (an ``org_epithet`` entry, by form or lemma)."""
    return bool({fold(head.text), fold(head.lemma_)} & lex["org_epithet"])


def last_organisation(head: Token, mentions: Mentions, lex: Lexicon) -> list[Speaker]:
    """The organisation mentioned last before ``head`` when ``head`` is a generic noun of organisations, never an
    army, a police or a court (sectors.tsv class ``no_epithet``); [] otherwise or when none was mentioned."""
    if not _epithet(head, lex):
        return []
    never = kb.sectors_in("no_epithet")  # "l’organisation" after "l’armée": an NGO's name back, not the army's
    before = [
        (start, ent)
        for start, end, ent in mentions.spans
        if end <= head.idx and ent.type == "ORG" and ent.sector not in never
    ]
    return [max(before, key=lambda m: m[0])[1]] if before else []


def described_organisation(
    head: Token, specific: list[Token], text: str, mentions: Mentions, lex: Lexicon
) -> list[Speaker]:
    """The organisation a definite generic noun of organisations with words of its kind before it names back ("the
    rights group said" after Human Rights Watch, "the guerrilla group denied" after "the X (ELN) rebel group"): the
    last one mentioned before it whose name or mention holds one of those words, else the last one the text called
    by that noun before (:func:`_called`); [] when none, when a word of them is an organisation's or a person's name
    of its own ("the Taliban group": that name is the speaker), or for any other modifier. Never an army, a police or
    a court (sectors.tsv class ``no_epithet``)."""
    if not _epithet(head, lex) or not specific or any(c.dep_ not in _KIND or c.i > head.i for c in specific):
        return []
    words = [x for c in specific for x in c.subtree if not x.is_punct]
    if any(e.type in {"ORG", "PERSON"} for x in words for e in mentions.covering(x.idx, x.idx + len(x))):
        return []
    kind = {fold(x.text) for x in words}
    never = kb.sectors_in("no_epithet")
    before = [
        (start, end, ent)
        for start, end, ent in sorted(mentions.spans, key=lambda m: -m[0])
        if end <= head.idx and ent.type == "ORG" and ent.sector not in never
    ]
    for start, end, ent in before:
        if kind & (set(_NAME_WORD.findall(fold(text[start:end]))) | set(_NAME_WORD.findall(fold(ent.name)))):
            return [ent]  # "the Saudi coalition" after "the Saudi-led coalition", other groups named between
    return next(([ent] for start, end, ent in before if _called(head, start, end)), [])


def _called(head: Token, start: int, end: int) -> bool:
    """Whether the mention at ``[start, end)`` is in a phrase headed by the noun of ``head`` ("the X (ELN) rebel
    group", "X's rebel group") or has it in apposition ("X, an aid group, …"): the text called it so before."""
    span = head.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root, noun = span.root, fold(head.lemma_)
    heads = [root.head, root.head.head] if root.dep_ in {"compound", "poss", "nmod", "amod"} else []
    apposed = [c for c in children(root) if c.dep_ == "appos"]
    return any(x.pos_ == "NOUN" and fold(x.lemma_) == noun and x.i != head.i for x in heads + apposed)


def noun_word(head: Token, others: Iterable[str] = ()) -> re.Pattern[str]:
    """The word of ``head`` in a folded name or mention, singular or plural ("armée" in "état-major des armées"), or
    one of the ``others`` (folded words that name the same body: :func:`.named_again.body_words`)."""
    alternatives = "|".join(re.escape(w) for w in [fold(head.text), *others])
    return re.compile(r"(?<!\w)(?:" + alternatives + r")[sx]?(?!\w)")


def named_after(head: Token, text: str, mentions: Mentions) -> list[Speaker]:
    """The one organisation named after ``head`` whose name or a mention holds its noun, when a bare definite phrase
    names an organisation before the text does ("selon la police", then "la police valdorienne"); [] when none or
    several."""
    word = noun_word(head)
    found = dedupe(
        [
            ent
            for start, end, ent in mentions.spans
            if start > head.idx
            and ent.type == "ORG"
            and (word.search(fold(text[start:end])) or word.search(fold(ent.name)))
        ]
    )
    return found if len(found) == 1 else []


def purpose_only(head: Token, specific: list[Token], mentions: Mentions, lex: Lexicon) -> bool:
    """Whether the only modifiers ``specific`` of a generic noun of organisations ``head`` are complements that name
    no entity ("l’ONG de soutien aux familles de prisonniers": what it does, not which one it is)."""
    if not _epithet(head, lex):
        return False
    comma = next((t.i for t in head.doc[head.i + 1 :] if t.text == ","), len(head.doc))
    return all(
        c.dep_ in _PURPOSE and not mentions.covering(c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in specific
        if c.i < comma  # the phrase ends at its comma: what the parse hangs on it after belongs to the clause
    )
