"""An entity's name printed again where the entity stage recorded no mention of it (issue 12).

The entity stage may find an organisation's name at one place and not at another where the name is printed with a
qualifier after it (« Les Gardiens de la Vallée valdoriens ont annoncé… », « La Cour suprême du Valdor a
estimé… »): the subject phrase then covered no mention, was resolved to nobody, and the statement was dropped.
A phrase that opens on the whole name of an organisation of the text (the text of one of its mentions, two words at
least, the phrase's head among them, printed with the same first word: « le palais présidentiel » is no mention of a
« Palais présidentiel ») names that entity, unless a state or a nationality printed after the name is another state's
than the entity's, when the entity's state is known (« le ministère de la Défense russe » is not the Ukrainian
ministry named « ministère de la Défense » before). Persons are left to their surnames, states to their own names.
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import kb
from .lexicon import fold
from .speakers import Mentions, Speaker


def named_by_phrase(head: Token, text: str, mentions: Mentions, lang: str) -> list[Speaker]:
    """The entity whose whole name the phrase of ``head`` opens on (its articles aside), the longest such name;
    [] when none, or when a state or nationality printed after the name is not the entity's own."""
    doc = head.doc
    first = head.left_edge
    while first.i < head.i and first.pos_ == "DET":
        first = doc[first.i + 1]
    last = head.right_edge
    if first.i > head.i or last.i < head.i:
        return []
    printed = text[first.idx : last.idx + len(last)]
    phrase = fold(printed)
    head_end = head.idx + len(head) - first.idx  # the head's end, in the phrase
    best: tuple[int, Speaker] | None = None
    for sp, names in _names(mentions, text).items():
        if mentions.speakers[sp].type not in _TYPES:
            continue
        for name, word in names:
            if len(name.split()) < 2 or len(name) < head_end or not phrase.startswith(name):
                continue
            if not printed.startswith(word):
                continue  # a name is printed as the entity's own first word is, capital and all
            if len(phrase) > len(name) and phrase[len(name)].isalnum():
                continue  # a longer word: not the name
            entity = mentions.speakers[sp]
            if (best and best[0] >= len(name)) or _other_state(phrase[len(name) :], entity, lang):
                continue
            best = (len(name), entity)
    return [best[1]] if best else []


def _names(mentions: Mentions, text: str) -> dict[str, set[tuple[str, str]]]:
    """The names of each entity of the text, by key: the texts of its mentions, each folded and with its first word
    as printed (made once)."""
    key = ("names", text)
    found = mentions.memo.get(key)
    if found is None:
        found = {}
        for a, b, sp in mentions.spans:
            words = text[a:b].split()
            if words:
                found.setdefault(sp.key, set()).add((fold(text[a:b]), words[0]))
        mentions.memo[key] = found
    return found


#: The entities a name printed again may name: organisations, and places the entity stage typed so (a court, a
#: seat); not persons (a surname finds them) nor states (a state's name opens many phrases: « France Télévisions »).
_TYPES = frozenset({"ORG", "LOC", "FAC"})


def _other_state(rest: str, entity: Speaker, lang: str) -> bool:
    """Whether the first words after the name (``rest``, folded) name a state, by its name or a nationality, that is
    not the entity's own (when the entity's is known)."""
    base = kb.load()
    for word in rest.replace("'", " ").replace("\u2019", " ").split()[:_REST_WORDS]:
        codes = {base.demonym(word, lang)} | {e.code for e in base.lookup(word, lang) if e.kind == "country"}
        codes.discard(None)
        if codes and entity.country is not None and entity.country not in codes:
            return True
    return False


#: The words after a name read for a state or nationality (« valdoriens », « du Valdor »).
_REST_WORDS = 3
