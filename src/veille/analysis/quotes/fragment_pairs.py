"""A quoted fragment inside a reported clause, kept as a statement of its own beside the clause (issue 12).

"X said the deal was “a trap” for farmers": in languages with the lexicon flag ``fragments_beside_clause``, the
words between the marks are X's own words, a direct (partial) quote, and the clause that holds them is X's
statement reported: two quotes of one speaker, as the real-news golds of corpus/real2 list them. Without the flag
the fragment belongs to the clause (one statement, one quote) unless a speech verb of its own states it
(:func:`veille.analysis.quotes._fragment_of`). A fragment that is most of its clause ("said it was “a trap for
farmers”") is the clause quoted, not a fragment of it, unless an incise closes them ("La solution serait « … »,
a-t-il ajouté"); one whose every word but short ones is capitalised is a name or a title ("said the “Harbour
Gazette” had closed", « le « Courrier du Port » a fermé »), no statement.
"""

from __future__ import annotations

from .frame import Frame
from .item import Item
from .lexicon import FRAGMENTS_BESIDE_CLAUSE
from .marks import WORD, count_words

#: A fragment is a part of its clause when the clause holds at least this many words besides it.
OTHER_WORDS = 3
#: Words of a title that print in lower case ("Courrier du Port", "Voice of the People"): up to this many letters.
TITLE_SMALL_WORD = 3


def _title(words: list[str]) -> bool:
    """A name or a title: its first word and every word longer than a small one capitalised."""
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() for w in words if len(w) > TITLE_SMALL_WORD)


def beside_clause(fr: Frame, item: Item, clause: Item) -> bool:
    """Whether direct ``item``, inside reported ``clause``, is a quote of its own beside it: the language reads
    fragments so, the clause has a speaker and words of its own beyond the fragment."""
    if not fr.lex.has(FRAGMENTS_BESIDE_CLAUSE) or not clause.speakers:
        return False
    if _title(WORD.findall(fr.text[item.start : item.end])):
        return False  # a name or a title
    if _closed_by_incise(fr, item, clause):
        return True  # "La solution serait « que chaque village garde son puits », a-t-il ajouté": its own incise
    rest = fr.text[clause.start : item.start] + " " + fr.text[item.end : clause.end]
    return count_words(rest) >= OTHER_WORDS


def _closed_by_incise(fr: Frame, item: Item, clause: Item) -> bool:
    """Whether fragment ``item`` closes its clause, which an incise's comma closes in turn ("La solution serait
    « … », a-t-il ajouté": :mod:`.continued`): the speaker's words quoted as such, however much of the clause they
    are; not a fragment closing a clause at the end of its sentence ("a dit que c'était « un piège »")."""
    tail = fr.text[item.end : clause.end]
    return item.start > clause.start and not WORD.search(tail) and fr.text[clause.end : clause.end + 1] == ","
