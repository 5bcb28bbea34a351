"""Cross-article linking: a person named "Rutte" in a new article is the "Mark Rutte" already stored.

Within an article, :mod:`veille.entities` merges name variants. Across articles, before a record is
stored, each of its PERSON entities is looked up in the store by each of its proper names (the full name,
the family name); when exactly one stored person answers and nothing contradicts it (another country),
the record's entity takes the stored id, everywhere in the record (quotes, events). Every link is
explained in the entity's ``link`` field, which is stored with the article::

    {"to": "per:mark-rutte", "by": "name", "name": "Rutte", "candidates": 1}

An ambiguous name (two stored persons answer) is not linked, and the entity says so
(``{"ambiguous": [...ids]}``): a wrong merge is worse than a missed one.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .writing import Ready, ready_of

if TYPE_CHECKING:
    from ..record import Article
    from .store import Store
    from .writing import AddResult

logger = logging.getLogger(__name__)

_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’\-]+|de|du|van|von|der|da|di|bin|al|el|le|la))*$")


def proper_names(entity: dict[str, Any]) -> list[str]:
    """The entity's names that look like a person's name (no role phrase, no pronoun), longest first."""
    found: list[str] = []
    seen: set[str] = set()  # the folded names of ``found``
    candidates = (
        [entity.get("name")] + list(entity.get("names") or []) + [m.get("text") for m in entity.get("mentions") or []]
    )
    for name in candidates:
        if not isinstance(name, str):
            continue
        name = " ".join(name.split())
        if name.casefold() not in seen and _NAME.match(name):
            found.append(name)
            seen.add(name.casefold())
    for name in list(found):  # the family name alone is how the next article will often say it
        family = family_name(name)
        if family and family.casefold() not in seen:
            found.append(family)
            seen.add(family.casefold())
    return sorted(found, key=lambda n: (-len(n.split()), n))


def family_name(name: str) -> str | None:
    """'Varga' for 'Lena Varga', 'von der Leyen' for 'Ursula von der Leyen'; None for a single word."""
    tokens = name.split()
    if len(tokens) < 2:
        return None
    for i, token in enumerate(tokens[1:], 1):
        if token[:1].islower():  # a particle starts the family name
            return " ".join(tokens[i:])
    return tokens[-1]


def _kb_names(ent: dict[str, Any]) -> list[str]:
    from ..analysis import kb

    entry = kb.load().entry_for_code(ent.get("code")) if ent.get("code") else None
    if entry is None or entry.id != ent.get("id"):
        return []
    return [name for names in entry.names.values() for name in names]


def _remap(record: dict[str, Any], mapping: dict[str, str]) -> None:
    def fix(ref: Any) -> None:
        if isinstance(ref, dict) and ref.get("id") in mapping:
            ref["id"] = mapping[ref["id"]]

    for ent in record.get("entities") or []:
        fix(ent)
    for quote in record.get("quotes") or []:
        for speaker in quote.get("speakers") or []:
            fix(speaker)
    for event in record.get("events") or []:
        for ref in (event.get("actors") or []) + (event.get("recipients") or []):
            fix(ref)
        fix(event.get("location"))


def _candidates(store: Store, ent: dict[str, Any], names: list[str]) -> list[dict[str, Any]]:
    """Stored persons that may be ``ent``: same full name; or, by family name, persons known by that
    family name alone (a stored "John Smith" is never a new "Jane Smith")."""
    if not names:
        return []

    def persons(name: str) -> list[dict[str, Any]]:
        found = [
            dict(c, _by=name)
            for c in store.find_entities(name, counted=False)
            if c.get("type") == "PERSON" and c["id"] != ent["id"]
        ]
        return [c for c in found if not (ent.get("country") and c.get("country") and ent["country"] != c["country"])]

    longest = names[0]
    found = persons(longest)
    if found or len(longest.split()) == 1:
        return found
    full = {n.casefold() for n in names if len(n.split()) > 1}
    family = longest.split()[-1]
    return [
        c
        for c in persons(family)
        if all(len(n.split()) == 1 or n.casefold() in full for n in c.get("names") or [c.get("name") or ""])
    ]


def add_names(record: dict[str, Any]) -> dict[int, list[str]]:
    """Give each entity of the record the names the store finds it by (``names``: read from the record alone, no
    store needed); return the names each person with an id is looked up by, by its index in ``entities``."""
    lookup: dict[int, list[str]] = {}
    for k, ent in enumerate(record.get("entities") or []):
        names = proper_names(ent)
        if ent.get("type") != "PERSON":
            # places and organisations are found by every surface form ("OTAN", "Moscou"), demonyms aside,
            # and by their names in every language of the knowledge base ("Hongrie" for Hungary)
            names += [
                " ".join(m["text"].split())
                for m in ent.get("mentions") or []
                if isinstance(m.get("text"), str) and m["text"][:1].isupper()
            ]
            names += _kb_names(ent)
        ent["names"] = list(dict.fromkeys((ent.get("names") or []) + names))
        if ent.get("type") == "PERSON" and ent.get("id"):
            lookup[k] = names
    return lookup


def link_persons(record: dict[str, Any], store: Store, lookup: dict[int, list[str]]) -> tuple[list[dict], bool]:
    """Give the record's persons (``lookup``: :func:`add_names`) the ids of the same persons already in ``store``;
    return the links made and whether the record changed (a link, or an ambiguous name noted)."""
    mapping: dict[str, str] = {}
    links: list[dict[str, Any]] = []
    entities = record.get("entities") or []
    # one query for the ids already stored (not one per entity, each reading the entity's articles)
    known = store.known_entities([e["id"] for e in entities if e.get("type") == "PERSON" and e.get("id")])
    changed = False
    for k, names in lookup.items():
        ent = entities[k]
        if ent["id"] in known:
            continue  # already known under the same id
        found = _candidates(store, ent, names)
        if len(found) == 1:
            link = {"to": found[0]["id"], "by": "name", "name": found[0]["_by"], "candidates": 1}
            mapping[ent["id"]] = found[0]["id"]
            ent["link"] = link
            links.append({"from": ent["id"], **link})
            logger.debug("linked %s to %s by the name %r", ent["id"], found[0]["id"], link["name"])
        elif len(found) > 1:
            ent["link"] = {"ambiguous": sorted(c["id"] for c in found), "name": found[0]["_by"]}
        changed = changed or bool(found)
    _remap(record, mapping)
    return links, changed


def link_record(record: dict[str, Any], store: Store) -> list[dict[str, Any]]:
    """Give the record's persons the ids of the same persons already in ``store``; return the links made."""
    return link_persons(record, store, add_names(record))[0]


@dataclass
class Prepared:
    """A record made ready to store by the process that analysed it (a worker of ``veille ingest -j N``): its
    entities' names (:func:`add_names`) and what the store computes from the record alone (:class:`Ready`: its
    JSON, its story signature); the supervising process then only links its persons and writes it."""

    record: dict[str, Any]
    lookup: dict[int, list[str]]
    ready: Ready


def prepare(article: Article) -> Prepared:
    """The article's record made ready to store (:func:`store_record` stores it as it stores the record)."""
    record = article.to_dict()
    lookup = add_names(record)
    return Prepared(record, lookup, ready_of(record))


def store_record(record: dict[str, Any] | Prepared, store: Store) -> AddResult:
    """Link the record's persons to those already stored, then store it (what ``veille ingest`` does)."""
    if not isinstance(record, Prepared):
        link_record(record, store)
        return store.add(record)
    changed = link_persons(record.record, store, record.lookup)[1]
    ready = record.ready
    if changed:  # its JSON is written again; its body, so its signature, is the same
        ready = Ready(ready.signature, ready.shingles)
    return store.add(record.record, ready)
