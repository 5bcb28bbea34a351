"""A person's gender from their given name, when the text tells none (no title, no article, no agreement):
``data/kb/first_names.tsv`` lists given names of one sex only ("Anne", "Pierre"); a name given to both somewhere
("Jean", "Dominique", "Andrea") tells nothing. So in "X, porte-parole de M. Y, a confirmé… Y « … », a-t-elle
déclaré", "elle" is X, not Y."""

from __future__ import annotations

import functools

from ...datafiles import DATA, read_table
from ..kbnorm import norm

FIRST_NAMES = DATA / "kb" / "first_names.tsv"


@functools.cache
def _genders() -> dict[str, str]:
    """Folded given name -> "f" or "m"."""
    return {norm(n): row["gender"] for row in read_table(FIRST_NAMES) for n in row["names"].split("|") if n}


def name_gender(name: str) -> str | None:
    """The gender the first word of a person's ``name`` tells ("Anne Martin": "f"), else None."""
    words = name.split()
    return _genders().get(norm(words[0])) if len(words) > 1 else None


__all__ = ["name_gender"]
