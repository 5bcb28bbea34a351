"""The holder named after a title and its complement: English wire copy prints an official as a capitalised title,
the body or place it is held at, then the name ("US Ambassador to the United Nations Clara Whitlow told…", "UN Special
Envoy for Syria Jonas Eklund said…", "the French High Commissioner to Corsica, Marc Dufresne, told…"). The parser
hangs the name on the complement (a compound of "United Nations", an apposition of "Corsica") and the title's
modifier ("US", "French", "UN") is the only entity it gives the title itself: the state or organisation would speak
for its envoy. The person named right after the complement's entity (with or without a comma) is the speaker.

Not a person the complement names as the owner of the role ("a spokesman for President Jan Novak", "an adviser to
President Jan Novak": a title word stands before the name, which is the aide's principal), nor a name in a relative
clause of the title."""

from __future__ import annotations

from spacy.tokens import Token

from .. import kb
from ..tree import children
from .lexicon import Lexicon, fold
from .owners import relative_tokens
from .role_subject import subject_holder
from .speakers import Mentions, Speaker

#: Entity types of a place: a place modifying an unnamed source's noun is not its speaker ("Gaza officials").
PLACE_TYPES = frozenset({"GPE", "LOC"})
#: Entity types a title's complement names: the body, state or place the office is held at or for.
_AT_TYPES = frozenset({"ORG", "GPE", "LOC"})


def role_holder(head: Token, ents: list[Speaker], mentions: Mentions, definite: bool, role: bool) -> list[Speaker]:
    """The speakers of role phrase ``head`` (``role``: a role noun of the knowledge base), once resolved to ``ents``:
    the holder the last sentence naming them had as subject when ``ents`` is a holder linked to a ``definite``
    phrase ("the prime minister said": :mod:`.role_subject`), else ``ents``, else the holder named after the title's
    complement ("US Ambassador to the United Nations Clara Whitlow")."""
    return subject_holder(head, ents, mentions, definite) or complement_holder(head, mentions, role)


def complement_holder(head: Token, mentions: Mentions, role: bool) -> list[Speaker]:
    """The one person named right after the entity that closes the complement of title ``head`` (``role``: whether
    ``head`` names a role), inside the phrase of ``head``; [] when none or several."""
    if not (role or _titled(head)) or not any(c.dep_ == "prep" and c.i > head.i for c in children(head)):
        return []
    skip = relative_tokens(head)
    after = [t for t in head.subtree if t.i > head.i and t.i not in skip]
    if not after:
        return []
    start, end = after[0].idx, after[-1].idx + len(after[-1])
    text = head.doc.text
    spans = [(a, b, e) for a, b, e in mentions.spans if start <= a and b <= end]
    found: list[Speaker] = []
    for a, _b, e in spans:
        if e.type != "PERSON" or any(x.key == e.key for x in found):
            continue
        gap = text[start:a].rstrip()
        gap = gap[:-1].rstrip() if gap.endswith(",") else gap  # "to Corsica, Marc Dufresne"
        if any(b2 == start + len(gap) and e2.type in _AT_TYPES for _a2, b2, e2 in spans):
            found.append(e)
    return found if len(found) == 1 else []


def _titled(head: Token) -> bool:
    """Whether proper noun ``head`` ends a title of the knowledge base with the capitalised words of its compound
    right before it ("EU Special Representative": "Special Representative")."""
    if head.pos_ != "PROPN":
        return False
    first = head.i
    while first > 0 and head.doc[first - 1].dep_ == "compound" and head.doc[first - 1].head.i == head.i:
        first -= 1
    base, lang = kb.load(), head.doc.lang_
    return any(base.role(head.doc[k : head.i + 1].text, lang) is not None for k in range(first, head.i + 1))


def compound_speakers(head: Token, child: Token, found: list[Speaker], lex: Lexicon) -> list[Speaker]:
    """``found``, the entities a modifier ``child`` (amod, compound) of the noun ``head`` names, less the places ("a
    Thai official", "Gaza officials") and, when ``head`` is an unnamed source or a spokesperson and ``child`` a
    compound before it, the persons: "a Biden aide", "a senior Biden administration official", "a Macron adviser"
    serve the person named, whom they are not (as "a spokesman for President X")."""
    found = [e for e in found if e.type not in PLACE_TYPES]
    if child.dep_ != "compound" or child.i > head.i:
        return found
    if not {head.lemma_.lower(), fold(head.text)} & (lex["anonymous"] | lex["spokes"]):
        return found
    return [e for e in found if e.type != "PERSON"]
