"""A person's name printed twice with a slip of the pen: the same given names and a family name one edit away
("Viktor Hrytsenko" ... "Viktor Hrytsenkoo", "M. Ndayizeye" ... "M. Ndayiseye"), or the family name alone one edit
from the person's ("Patricia Okonkwo" ... "Okonkow"). News copy has such typos; each would be a second person.
:func:`merge_variants` makes them one (the entity with more mentions keeps its name; the first on a tie).

One edit: a letter added, dropped, changed, or two neighbours swapped, compared without case or accents. Only the
family name may differ, and only one of at least :data:`MIN_FAMILY_LETTERS` letters: two persons of one article
whose names differ by one letter of a short name or of a given name ("Louis Martin", "Louise Martin") stay two.
"""

from __future__ import annotations

from ...record import Entity
from ..kb import norm

#: Fewest letters of a family name for a one-edit variant of it to be the same name (shorter names differ by one
#: letter too often: "Rossi", "Rosti"; chosen on invented paradigms, tests/test_entities_variants.py).
MIN_FAMILY_LETTERS = 6


def _tokens(name: str) -> list[str]:
    return [w for w in norm(name).replace(".", " ").split() if any(c.isalpha() for c in w)]


def one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` different by exactly one insertion, deletion, substitution or swap of neighbours?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]


def is_variant(name: str, of: str) -> bool:
    """Is ``name`` a slip of ``of``: same given names (or none), a family name one edit away?"""
    ta, tb = _tokens(name), _tokens(of)
    if not ta or not tb or len(ta) > len(tb):
        return False
    if len(ta) == len(tb) and ta[:-1] != tb[:-1]:
        return False
    fa, fb = ta[-1], tb[-1]
    return min(len(fa), len(fb)) >= MIN_FAMILY_LETTERS and one_edit(fa, fb)


def _absorb(into: Entity, other: Entity) -> None:
    into["mentions"].extend(m for m in other["mentions"] if m not in into["mentions"])
    into["roles"].extend(r for r in other["roles"] if not any(x["role"] == r["role"] for x in into["roles"]))
    for key in ("country", "sector"):
        if into.get(key) is None and other.get(key) is not None:
            into[key] = other[key]


def merge_variants(entities: list[Entity]) -> list[Entity]:
    """``entities`` (in order of first mention) with each person printed under a slip of their name made one: a
    person, or an organisation or place of no knowledge-base entry that the NER mislabelled ("Oleksandr
    Marchenk"), whose name is a variant of a person's (:func:`is_variant`) joins that person."""
    persons = [e for e in entities if e["type"] == "PERSON"]
    gone: set[int] = set()
    for ent in entities:
        if id(ent) in gone or ent["id"].startswith(("kb:", "body:")):
            continue
        if ent["type"] != "PERSON" and len(_tokens(ent["name"])) < 2:
            continue
        for person in persons:
            if person is ent or id(person) in gone or not is_variant(ent["name"], person["name"]):
                continue
            keep, drop = (ent, person) if len(ent["mentions"]) > len(person["mentions"]) else (person, ent)
            if keep["type"] != "PERSON":
                keep, drop = drop, keep
            _absorb(keep, drop)
            keep["mentions"].sort(key=lambda m: (m["start"], m["end"]))
            gone.add(id(drop))
            break
    return [e for e in entities if id(e) not in gone]
