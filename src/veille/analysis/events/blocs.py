"""A bloc's members named together by a plural noun and the bloc's adjective (« les autorités européennes », « les
pays européens », « les ministres arabes », « les chefs de la diplomatie des États arabes ») stand for the bloc
(``events.json``: ``bloc_adjectives`` gives the bloc of an adjective, « européen » the EU, « arabe » the Arab League;
``bloc_member_nouns`` the nouns of its members, their governments and officials), as the real-news golds code them
(issue 13, stop 43): not for the home state of the clause, which the group noun alone gives (« les autorités » of the
scene), nor for one member state's office (« les ministres » of the home state), nor for no one (« les pays »). A
phrase that names a party of its own (« les pays européens, dont la France »), a singular noun (« un diplomate
européen »: one member's) and an adjective of no bloc (« les pays africains », « occidentaux ») keep their reading.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .frame import Frame
from .parties import Party, coded_party

#: Dependencies of the clauses that qualify a noun: not words of its own phrase.
_CLAUSES = frozenset({"relcl", "acl:relcl", "acl", "punct"})


def bloc_group(f: Frame, tok: Token) -> list[Party]:
    """The bloc that the plural member noun ``tok`` names with the bloc's adjective, on it or on a member noun of
    its complements (« les chefs de la diplomatie des États arabes »); [] for any other noun."""
    adjectives: dict[str, str] = f.cues["bloc_adjectives"]
    if not adjectives or not _members(f, tok) or names_party(f, tok):
        return []
    for noun in [tok, *(k for k in _complements(tok, 2) if _members(f, k))]:
        code = next((adjectives[a.lemma_.lower()] for a in children(noun) if _bloc_word(a, adjectives)), None)
        if code is not None:
            return [coded_party(f.entities, code, bloc=True)]
    return []


def _complements(tok: Token, depth: int) -> list[Token]:
    """The noun complements of ``tok`` down to ``depth`` levels (« chefs » -> « diplomatie » -> « pays »)."""
    found = [k for k in children(tok) if k.dep_ in ("nmod", "pobj") and k.pos_ == "NOUN"]
    return found + [g for k in found for g in _complements(k, depth - 1)] if depth > 1 else found


def _members(f: Frame, tok: Token) -> bool:
    """Whether ``tok`` is a plural noun of ``bloc_member_nouns``."""
    return tok.pos_ == "NOUN" and "Number=Plur" in str(tok.morph) and tok.lemma_.lower() in f.cues["bloc_member_nouns"]


def _bloc_word(adj: Token, adjectives: dict[str, str]) -> bool:
    return adj.dep_ == "amod" and adj.lemma_.lower() in adjectives


def names_party(f: Frame, tok: Token) -> bool:
    """Whether the phrase ``tok`` heads names an entity (a party of its own), its qualifying clauses left out (read by
    :mod:`.gangs` too: « le gang de X » is a named gang)."""
    stack = [tok]
    while stack:
        t = stack.pop()
        if f.mentions.entity(t) is not None:
            return True
        stack += [k for k in children(t) if k.dep_ not in _CLAUSES]
    return False
