"""Writing one analysed-article record: the article row, its entities (merged with the stored ones), its
mentions, quotes and speakers, events and actors, and its story. The caller holds the transaction. The rows of the
entity-keyed tables go to their recent tables (:mod:`.recent`)."""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from ..errors import InvalidRecord
from . import stories
from .connection import now
from .keys import dumps, normalise_name

log = logging.getLogger(__name__)

#: the entity fields kept in their own columns (a stored value is never overwritten, an empty one is filled)
ENTITY_FIELDS = ("type", "name", "code", "wikidata", "country", "sector")


@dataclass(frozen=True)
class AddResult:
    """What ``Store.add`` did with one record."""

    id: str
    status: str  # "new" or "duplicate"


@dataclass(frozen=True)
class Ready:
    """What :func:`write_record` computes from a record alone, computed beforehand (:func:`ready_of`) by the process
    that analysed it: the body's story signature (:func:`stories.pack`) and its number of shingles, and, unless the
    record changed since (a person linked), the JSON stored of the record, of each quote and of each event."""

    signature: bytes
    shingles: int
    record: str | None = None
    quotes: tuple[str, ...] | None = None
    events: tuple[str, ...] | None = None


def ready_of(record: dict[str, Any]) -> Ready:
    """The :class:`Ready` of a record as it is now."""
    body = record.get("body") or ""
    sig, size = stories.signature(body if isinstance(body, str) else "")
    quotes = tuple(dumps(q) for q in record.get("quotes") or [])
    events = tuple(dumps(e) for e in record.get("events") or [])
    return Ready(stories.pack(sig), size, _record_json(record, {"quotes": quotes, "events": events}), quotes, events)


def _record_json(record: dict[str, Any], items: dict[str, tuple[str, ...]] | None = None) -> str:
    """The record's JSON as stored (its body left out: it is kept once, in its column). ``items``: the JSON of each
    item of some of its lists (a key -> one text per item), written in their places rather than encoded again: the
    same text, the record being a dict of string keys that :func:`dumps` writes ``{"key":value,...}``."""
    kept = {**record, "body": None} if record.get("body") else record
    if not items or not all(isinstance(key, str) for key in kept):  # JSON writes another key as a string
        return dumps(kept)
    parts = []
    for key, value in kept.items():
        done = items.get(key)
        if done is not None and isinstance(value, list) and len(done) == len(value):
            parts.append(f"{dumps(key)}:[{','.join(done)}]")
        else:
            parts.append(f"{dumps(key)}:{dumps(value)}")
    return "{" + ",".join(parts) + "}"


def check_record(record: Any) -> str:
    """The id of a record that can be stored; InvalidRecord when it has no id or a body that is not text."""
    if not isinstance(record, dict):
        raise InvalidRecord(f"a record must be a dict, got {type(record).__name__}")
    art_id = record.get("id")
    if not isinstance(art_id, str) or not art_id.strip():
        raise InvalidRecord("record has no string 'id'", source=record.get("source"))
    body = record.get("body") or ""
    if not isinstance(body, str):
        raise InvalidRecord(f"record 'body' must be a string, got {type(body).__name__}", source=art_id)
    return art_id


def write_record(
    conn: sqlite3.Connection,
    art_id: str,
    record: dict[str, Any],
    index: stories.StoryIndex | None = None,
    ready: Ready | None = None,
) -> AddResult:
    """Insert the article and everything found in it (inside the caller's transaction); "duplicate" when
    the id is stored already, and then nothing is written. ``ready``: what was computed of the record beforehand
    (its JSON, its signature), written as it is."""
    body = record.get("body") or ""
    cur = conn.execute(
        "INSERT OR IGNORE INTO articles(id, url, source, title, authors, published, language, body,"
        " record, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            art_id,
            record.get("url"),
            record.get("source"),
            record.get("title"),
            dumps(record.get("authors") or []),
            record.get("published"),
            record.get("language"),
            body,
            ready.record if ready is not None and ready.record is not None else _record_json(record),
            now(),
        ),
    )
    if cur.rowcount == 0:
        return AddResult(art_id, "duplicate")
    writer = ArticleWriter(conn, art_id, record.get("published"), ready=ready)
    writer.entities(record)
    writer.quotes(record)
    writer.events(record)
    signed = (stories.unpack(ready.signature), ready.shingles) if ready is not None else None
    stories.assign(conn, art_id, record, index, signed)
    return AddResult(art_id, "new")


@dataclass
class ArticleWriter:
    """Writes the entities, quotes and events of one article; ``known`` holds the entity ids written for it
    (a speaker or an actor whose id the record's entity list lacks gets a minimal entity, once); ``ready``: what was
    computed of the record beforehand (:class:`Ready`)."""

    conn: sqlite3.Connection
    article_id: str
    published: str | None
    known: set[str] = field(default_factory=set)
    ready: Ready | None = None

    def entities(self, record: dict[str, Any]) -> None:
        kept = []
        for ent in record.get("entities") or []:
            if not ent.get("id") and not ent.get("name"):
                log.debug("%s: skipped an entity with neither id nor name", self.article_id)
                continue
            kept.append(ent)
        ids = upsert_entities(self.conn, kept, self.article_id, self.published)
        if ids is None:  # two entities of one id: each upserted in turn, the second merged into the first
            ids = [
                upsert_entity(self.conn, e, self.article_id, self.published, len(e.get("mentions") or [])) for e in kept
            ]
        self.known.update(ids)
        self.conn.executemany(
            'INSERT INTO mentions(article_id, entity_id, text, start, "end") VALUES (?, ?, ?, ?, ?)',
            [
                (self.article_id, eid, m.get("text"), m.get("start"), m.get("end"))
                for eid, ent in zip(ids, kept, strict=True)
                for m in ent.get("mentions") or []
            ],
        )

    def quotes(self, record: dict[str, Any]) -> None:
        stored = self.ready.quotes if self.ready is not None else None  # each quote's JSON, computed beforehand
        for idx, quote in enumerate(record.get("quotes") or []):
            cur = self.conn.execute(
                'INSERT INTO quotes(article_id, idx, text, start, "end", direct, cue, record)'
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    self.article_id,
                    idx,
                    quote.get("text"),
                    quote.get("start"),
                    quote.get("end"),
                    None if quote.get("direct") is None else int(bool(quote["direct"])),
                    quote.get("cue"),
                    stored[idx] if stored is not None else dumps(quote),
                ),
            )
            speakers = [as_ref(s) for s in quote.get("speakers") or []]
            self.conn.executemany(
                "INSERT INTO quote_speakers_recent(quote_id, entity_id, name, name_norm) VALUES (?, ?, ?, ?)",
                [
                    (
                        cur.lastrowid,
                        self.ensure_entity(s),
                        s.get("name"),
                        normalise_name(s["name"]) if s.get("name") else None,
                    )
                    for s in speakers
                ],
            )

    def events(self, record: dict[str, Any]) -> None:
        stored = self.ready.events if self.ready is not None else None  # each event's JSON, computed beforehand
        for idx, event in enumerate(record.get("events") or []):
            location = as_ref(event.get("location")) if event.get("location") else {}
            self.ensure_entity(location)
            cur = self.conn.execute(
                "INSERT INTO events(article_id, idx, type, mode, date, quad, score, confidence, location_code,"
                " location_id, negated, modality, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    self.article_id,
                    idx,
                    event.get("type"),
                    event.get("mode"),
                    event.get("date") or self.published,
                    event.get("quad"),
                    event.get("score"),
                    event.get("confidence"),
                    location.get("code"),
                    location.get("id"),
                    int(bool(event.get("negated"))),
                    event.get("modality") or None,
                    stored[idx] if stored is not None else dumps(event),
                ),
            )
            rows = []
            for side, key in (("actor", "actors"), ("recipient", "recipients")):
                for ref in event.get(key) or []:
                    ref = ref if isinstance(ref, dict) else {"code": ref}
                    code = ref.get("code")
                    code = code.upper() if isinstance(code, str) else None
                    rows.append(
                        (cur.lastrowid, side, code, self.ensure_entity(ref), ref.get("name"), ref.get("sector"))
                    )
            self.conn.executemany(
                "INSERT INTO event_actors_recent(event_id, side, code, entity_id, name, sector)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )

    def ensure_entity(self, ref: dict[str, Any]) -> str | None:
        """The entity id a reference points to, creating a minimal entity for an id the record did not list."""
        eid = ref.get("id")
        if not eid:
            return None
        if eid not in self.known:
            # only the name: an actor's code is its PLOVER code (a person's country), not the entity's code
            upsert_entity(self.conn, {"id": eid, "name": ref.get("name")}, self.article_id, self.published)
            self.known.add(eid)
        return eid


def upsert_entity(
    conn: sqlite3.Connection, ent: dict[str, Any], article_id: str, published: str | None, mentions: int = 0
) -> str:
    """Insert the entity, or merge it into the stored one (names and roles added, empty fields filled);
    record its names and that the article cites it (``mentions`` times: added to the article's count). Returns its
    id."""
    eid = ent.get("id") or entity_id(ent)
    row = conn.execute("SELECT * FROM entities WHERE id = ?", (eid,)).fetchone()
    _write_entities(conn, [(eid, ent, row, mentions)], article_id, published)
    return eid


#: Entity ids read by one query of :func:`upsert_entities` (SQLite's least limit of bound values is 999).
READ_IDS = 500


def upsert_entities(
    conn: sqlite3.Connection, ents: list[dict[str, Any]], article_id: str, published: str | None
) -> list[str] | None:
    """:func:`upsert_entity` of each of ``ents`` (each cited ``len(mentions)`` times), the rows of each table
    written in the same order, by one statement per table and the stored entities read by one query, where each
    entity took five; their ids. None, with nothing written, when two of them have one id (the second must read the
    first as stored: the caller upserts each in turn), or when an id is not text (the stored id, text, would not be
    found under it)."""
    ids = [ent.get("id") or entity_id(ent) for ent in ents]
    if len(set(ids)) < len(ids) or not all(isinstance(eid, str) for eid in ids):
        return None
    stored: dict[str, sqlite3.Row] = {}
    for k in range(0, len(ids), READ_IDS):
        chunk = ids[k : k + READ_IDS]
        query = f"SELECT * FROM entities WHERE id IN ({', '.join('?' * len(chunk))})"
        stored.update((row["id"], row) for row in conn.execute(query, chunk))
    rows = [(eid, ent, stored.get(eid), len(ent.get("mentions") or [])) for eid, ent in zip(ids, ents, strict=True)]
    _write_entities(conn, rows, article_id, published)
    return ids


def _write_entities(
    conn: sqlite3.Connection,
    ents: list[tuple[str, dict[str, Any], sqlite3.Row | None, int]],
    article_id: str,
    published: str | None,
) -> None:
    """Write entities ``(id, entity, stored row or None, mentions)``: new ones inserted, stored ones merged, their
    roles, names and citations by the article added, one statement per table (:func:`upsert_entity`,
    :func:`upsert_entities`)."""
    new: list[tuple[Any, ...]] = []
    roles: list[tuple[Any, ...]] = []
    named: list[tuple[str, str]] = []
    cited: list[tuple[str, str, int]] = []
    for eid, ent, row, mentions in ents:
        names = names_of(ent)
        values = [ent.get(f) for f in ENTITY_FIELDS]
        if row is None:
            new.append((eid, *values, dumps(merge_names([], names))))
        else:
            _merge_stored(conn, eid, row, values, names)
        if ent.get("roles"):
            roles += [
                (eid, r["role"], r["text"], r["date"], r["article_id"]) for r in roles_of(ent, article_id, published)
            ]
        named += [(eid, normalise_name(n)) for n in names]
        cited.append((eid, article_id, mentions))
    conn.executemany(_INSERT_ENTITY, new)
    conn.executemany(_INSERT_ROLE, roles)
    conn.executemany(_INSERT_NAME, named)
    conn.executemany(_CITE, cited)


def _merge_stored(conn: sqlite3.Connection, eid: str, row: sqlite3.Row, values: list[Any], names: list[str]) -> None:
    """Merge an entity's names and fields into its stored ``row`` (written only when something changes)."""
    old_names = json.loads(row["names"])
    new_names = merge_names(old_names, names)
    filled = [row[f] if row[f] is not None else v for f, v in zip(ENTITY_FIELDS, values, strict=True)]
    if new_names != old_names or filled != [row[f] for f in ENTITY_FIELDS]:
        conn.execute(
            "UPDATE entities SET type=?, name=?, code=?, wikidata=?, country=?, sector=?, names=? WHERE id=?",
            (*filled, dumps(new_names), eid),
        )


_INSERT_ENTITY = (
    "INSERT INTO entities(id, type, name, code, wikidata, country, sector, names) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
#: A role the entity lacks: the same (role, text, date) is kept once, with the first article that gave it (one row
#: each, migration 10: what an article writes does not grow with the roles already stored).
_INSERT_ROLE = (
    "INSERT INTO entity_roles(entity_id, seq, role, text, date, article_id)"
    " SELECT ?1, (SELECT coalesce(max(seq), 0) + 1 FROM entity_roles WHERE entity_id = ?1), ?2, ?3, ?4, ?5"
    " WHERE NOT EXISTS (SELECT 1 FROM entity_roles"
    " WHERE entity_id = ?1 AND role IS ?2 AND text IS ?3 AND date IS ?4)"
)
_INSERT_NAME = "INSERT OR IGNORE INTO entity_names(entity_id, name_norm) VALUES (?, ?)"
_CITE = (
    "INSERT INTO article_entities_recent(entity_id, article_id, mentions) VALUES (?, ?, ?)"
    " ON CONFLICT DO UPDATE SET mentions = mentions + excluded.mentions"
)


def entity_id(ent: dict[str, Any]) -> str:
    """An id for an entity the record gave none: stable for the same type and name."""
    key = f"{ent.get('type') or ''}:{normalise_name(ent.get('name') or '')}"
    return "e" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def names_of(ent: dict[str, Any]) -> list[str]:
    """The canonical name and every other known name (``names`` may be a list or a dict per language)."""
    found: list[str] = []
    if ent.get("name"):
        found.append(ent["name"])
    names = ent.get("names") or []
    values = names.values() if isinstance(names, dict) else names
    for value in values:
        found.extend([value] if isinstance(value, str) else list(value or []))
    return [n for n in found if isinstance(n, str) and n.strip()]


def merge_names(old: list[str], new: list[str]) -> list[str]:
    """``old`` then the names of ``new`` it lacks (compared by :func:`normalise_name`)."""
    seen = {normalise_name(n) for n in old}
    merged = list(old)
    for name in new:
        key = normalise_name(name)
        if key not in seen:
            seen.add(key)
            merged.append(name)
    return merged


def roles_of(ent: dict[str, Any], article_id: str, published: str | None) -> list[dict[str, Any]]:
    """The entity's roles as stored: each dated (by the article when it says no date) and sourced, its values text
    (the columns of ``entity_roles``)."""
    roles = []
    for role in ent.get("roles") or []:
        if isinstance(role, str):
            role = {"role": role, "text": role}
        roles.append(
            {
                "role": as_text(role.get("role")),
                "text": as_text(role.get("text")),
                "date": as_text(role.get("date") or published),
                "article_id": as_text(role.get("article_id") or article_id),
            }
        )
    return roles


def as_text(value: Any) -> str | None:
    """A role's value as stored: None, or text (anything else as its JSON)."""
    return value if value is None or isinstance(value, str) else dumps(value)


def as_ref(value: Any) -> dict[str, Any]:
    """A speaker/actor/location reference as a dict (a bare string is a name, or a code for actors)."""
    return value if isinstance(value, dict) else {"name": value}
