"""A leader the text names by the surname alone ("President Obama said", "Poutine a averti") is named by the full
name the knowledge base gives that surname: ``data/kb/leader_surnames.tsv`` lists the surnames that name one head of
state or government (or foreign minister) on their own, ``data/kb/actors.tsv`` the full names of those people under
their state's code. A surname the knowledge base gives to two people of the same state ("Kabila": Joseph and
Laurent-Désiré) keeps the name as printed. And a leader's full name the text prints is a person's name even where
the statistical NER misses it (:func:`known_person_spans`)."""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from ..kb import actors, leader_surnames, norm
from ..tree import capitalised, text_of, tokens
from .spans import MAX_NAME_TOKENS


@functools.lru_cache(maxsize=1 << 14)  # asked of every capitalised word of every text
def name_key(name: str) -> str:
    """The name's words, folded (case, accents, dashes), space-joined: how a leader's name is looked up."""
    return " ".join(norm(name).replace("-", " ").split())


@functools.cache
def _full_names() -> dict[str, str]:
    """Folded surname -> the one full name of ``actors.tsv`` (its state's row) holding it as a word."""
    names: dict[str, list[str]] = {}
    for actor in actors():
        names.setdefault(actor.code, []).extend(actor.names)
    out: dict[str, str] = {}
    for code, surnames in leader_surnames():
        for surname in surnames:
            key = name_key(surname)
            full = [n for n in names.get(code, []) if f" {key} " in f" {name_key(n)} " and name_key(n) != key]
            firsts = {f" {name_key(n)} ".replace(f" {key} ", " ").split()[0] for n in full}
            if len(firsts) == 1:  # one person ("Vladimir Putin", "Vladimir Poutine"), not two Kabilas
                out[key] = full[0]
    return out


def leader_name(name: str) -> str:
    """The full name of the leader a lone surname names ("Obama" -> "Barack Obama"), else ``name`` itself."""
    return _full_names().get(name_key(name), name)


#: Lowercase words a person's name may hold ("Bashar al-Assad", "Mohammed bin Salman", "Lula da Silva").
_PARTICLES = frozenset({"al", "bin", "ben", "da", "de", "del", "van", "von", "der", "el", "ould"})


def _person_row(names: tuple[str, ...]) -> bool:
    """Does a row of ``actors.tsv`` list people: names of two words or more, each capitalised or a particle, and no
    acronym ("FSB|Federal Security Service" lists an agency, "Kremlin|le Kremlin" a seat)?"""
    for n in names:
        words = n.replace("-", " ").split()
        if len(words) < 2 or any(not (w[0].isupper() or w in _PARTICLES) for w in words):
            return False
    return True


@functools.cache
def person_names() -> dict[str, str]:
    """Folded full name -> the name as the knowledge base prints it, of the leaders of ``actors.tsv`` (the rows of a
    state's own government that list people)."""
    out: dict[str, str] = {}
    for actor in actors():
        if actor.sector == "GOV" and actor.code == actor.country and _person_row(actor.names):
            out.update((name_key(n), n) for n in actor.names)
    return out


@functools.cache
def _first_words() -> frozenset[str]:
    return frozenset(n.split()[0] for n in person_names())


def known_person(text: str) -> bool:
    """Is ``text`` the full name of a leader of the knowledge base, as printed in any variant of case, accents and
    dashes ("Faustin Archange Touadera" for "Faustin-Archange Touadéra")?"""
    return name_key(text) in person_names()


def known_person_spans(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Token spans of the leaders' full names the text prints (:func:`known_person`), outside ``taken`` tokens: a
    name the statistical NER misses ("Faustin Archange Touadera s'est engagé") is still a person's."""
    firsts = _first_words()  # a name starts with one of these words: other tokens are passed at once
    out: list[tuple[int, int]] = []
    toks, capitals = tokens(doc), capitalised(doc)
    i = 0
    while i < len(doc):
        first = name_key(toks[i].text).split() if capitals[i] and i not in taken else []
        if first and first[0] in firsts:
            j = next(
                (
                    j
                    for j in range(min(len(doc), i + MAX_NAME_TOKENS + 2), i + 1, -1)
                    if known_person(text_of(doc, i, j)) and not toks[j - 1].is_punct  # "Barack Obama -": no dash
                ),
                i,
            )
            if j > i and not any(t in taken for t in range(i, j)):
                out.append((i, j))
                i = j
                continue
        i += 1
    return out
