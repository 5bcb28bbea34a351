"""Fixed phrases of a trigger's own clause: the ``words=`` condition of events.tsv ("déclarer" with "persona non
grata"). The parse hangs the words of such a phrase anywhere in the verb's phrase (an adverb or an open complement
of the verb, a modifier of its object), so the phrase is looked for in the words the trigger governs, less the
clauses it embeds (a reported clause, a conjunct, a relative clause): "a déclaré que X était persona non grata"
declares no one."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children

#: Labels of the clauses a trigger embeds whose words are no part of its own phrase.
_OTHER_CLAUSES = frozenset({"ccomp", "advcl", "conj", "parataxis", "acl:relcl", "relcl", "csubj"})


def _own_words(tok: Token) -> list[Token]:
    """The words of ``tok``'s phrase in text order, punctuation left out, embedded clauses (:data:`_OTHER_CLAUSES`)
    cut off."""
    found, todo = [tok], list(children(tok))
    while todo:
        t = todo.pop()
        if t.dep_ in _OTHER_CLAUSES:
            continue
        found.append(t)
        todo.extend(children(t))
    return sorted((t for t in found if not t.is_punct), key=lambda t: t.i)


def holds(tok: Token, phrases: frozenset[str]) -> bool:
    """Whether the phrase of ``tok`` holds one of ``phrases`` (lower-case words separated by spaces) as words that
    follow each other in the text (quotation marks between them ignored)."""
    words = _own_words(tok)
    for phrase in phrases:
        wanted = phrase.split()
        for n in range(len(words) - len(wanted) + 1):
            run = words[n : n + len(wanted)]
            if [w.lower_ for w in run] == wanted and all(
                all(tok.doc[i].is_punct for i in range(a.i + 1, b.i)) for a, b in zip(run, run[1:], strict=False)
            ):
                return True
    return False
