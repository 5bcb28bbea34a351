"""A leader the text names by the surname alone ("President Obama said", "Poutine a averti") is named by the full
name the knowledge base gives that surname: ``data/kb/leader_surnames.tsv`` lists the surnames that name one head of
state or government (or foreign minister) on their own, ``data/kb/actors.tsv`` the full names of those people under
their state's code. A surname the knowledge base gives to two people of the same state ("Kabila": Joseph and
Laurent-Désiré) keeps the name as printed."""

from __future__ import annotations

import functools

from ...datafiles import DATA, read_table
from ..kb import norm

#: Surnames that name one leader alone, by state (``data/kb/leader_surnames.tsv``).
SURNAMES = DATA / "kb" / "leader_surnames.tsv"
#: Full names of the leaders of each state, among other actors (``data/kb/actors.tsv``).
ACTORS = DATA / "kb" / "actors.tsv"


def _words(name: str) -> str:
    """The name's words, folded (case, accents, dashes), space-joined."""
    return " ".join(norm(name).replace("-", " ").split())


@functools.cache
def _full_names() -> dict[str, str]:
    """Folded surname -> the one full name of ``actors.tsv`` (its state's row) holding it as a word."""
    names: dict[str, list[str]] = {}
    for row in read_table(ACTORS):
        names.setdefault(row["code"], []).extend(n.strip() for n in row["names"].split("|") if n.strip())
    out: dict[str, str] = {}
    for row in read_table(SURNAMES):
        for surname in (s.strip() for s in row["names"].split("|") if s.strip()):
            key = _words(surname)
            full = [n for n in names.get(row["code"], []) if f" {key} " in f" {_words(n)} " and _words(n) != key]
            firsts = {f" {_words(n)} ".replace(f" {key} ", " ").split()[0] for n in full}
            if len(firsts) == 1:  # one person ("Vladimir Putin", "Vladimir Poutine"), not two Kabilas
                out[key] = full[0]
    return out


def leader_name(name: str) -> str:
    """The full name of the leader a lone surname names ("Obama" -> "Barack Obama"), else ``name`` itself."""
    return _full_names().get(_words(name), name)
