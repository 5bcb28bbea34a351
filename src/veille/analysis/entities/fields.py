"""One article's entities across its fields: the body's, the headline's and each caption's recognised apart
(:func:`~.recognise.recognise` on each text), then merged into the article's list (:func:`merge_fields`).

Each mention keeps the field it is in (``"body"``, ``"title"``, ``"caption:N"``) and its offsets into that text.
An entity named in several fields is one entity: the same id (knowledge-base entities, state bodies, organisations
and places of the same name), the same name printed in another field, the same state body with and without its
place ("Embassy of Egypt", "Embassy of Egypt in Canada"), or, for persons, the same person by name ("Jens
Stoltenberg" in a caption is the "Stoltenberg" of the body, whose name becomes the full one).

Then what the record lists as the article's entities (:func:`record_entities`):

* a state body named with and without its place in one field ("the Indian embassy", "the Indian embassy in
  Oslo") is one entity, as across fields;
* a state body that stands for its state (``bodies.tsv``, column ``state``: "the Greek government") is a mention of
  the state, not an entity of its own;
* a state's armed forces named once in the whole article by a common noun, in a language whose news names them so
  in passing for the state acting (``entities.json``, ``passing_bodies``: English, "Turkey's air force", "the
  Armenian armed forces"), are a mention of the state too; named twice, they are an actor of the story of their own;
* a state named only by an adjective or a demonym, in every field ("a Yemeni warplane", "les Canadiens") is no
  entity of the article: the word qualifies another entity or a group. The stages before (quotes, events) still
  read it as the state's mention; their references to it stay, as references to any entity do.
"""

from __future__ import annotations

from collections.abc import Iterable

from ...record import Entity, Mention, RoleSeen
from .. import kb as kbmod
from ..kb import norm, slug
from .words import passing_bodies


def _copy(ent: Entity) -> Entity:
    out = Entity(**ent)
    out["mentions"] = [Mention(**m) for m in ent["mentions"]]
    out["roles"] = [RoleSeen(**r) for r in ent["roles"]]
    return out


def _tokens(name: str) -> list[str]:
    return [w for w in norm(name).replace(".", " ").split() if any(c.isalpha() for c in w)]


def _same_person(a: Entity, b: Entity) -> bool:
    """Is one person's name the other's, or a part of it that holds the family name ("Stoltenberg", "Jens
    Stoltenberg")?"""
    ta, tb = _tokens(a["name"]), _tokens(b["name"])
    if not ta or not tb:
        return False
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return set(short) <= set(long) and (short[-1] == long[-1] or len(short) == len(long))


def _forms(ent: Entity) -> set[str]:
    return {norm(ent["name"])} | {norm(m["text"]) for m in ent["mentions"]}


def _absorb(into: Entity, other: Entity) -> None:
    """Add ``other``'s mentions and roles to ``into``, and the fields ``into`` lacks."""
    for m in other["mentions"]:
        if m not in into["mentions"]:
            into["mentions"].append(m)
    for r in other["roles"]:
        if not any(x["role"] == r["role"] for x in into["roles"]):
            into["roles"].append(r)
    for key in ("code", "wikidata", "country", "sector"):
        if into.get(key) is None and other.get(key) is not None:
            into[key] = other[key]


def _match(merged: dict[str, Entity], ent: Entity) -> Entity | None:
    """The entity already merged that ``ent`` (of another field) is."""
    if ent["id"] in merged:
        return merged[ent["id"]]
    if ent["type"] == "PERSON":
        same = [e for e in merged.values() if e["type"] == "PERSON" and _same_person(e, ent)]
        return max(same, key=lambda e: len(e["mentions"])) if same else None
    forms = _forms(ent)
    return next(
        (
            e
            for e in merged.values()
            if e["type"] != "PERSON"
            and (norm(e["name"]) in forms or norm(ent["name"]) in _forms(e) or _same_body(e, ent))
        ),
        None,
    )


def _same_body(a: Entity, b: Entity) -> bool:
    """The same state body, one field naming where it is ("Embassy of Egypt", "Embassy of Egypt in Canada")."""
    if not (a["id"].startswith("body:") and b["id"].startswith("body:")) or a["code"] != b["code"]:
        return False
    short, long = sorted((a["name"], b["name"]), key=len)
    return long.startswith(short + " in ")


def _rank(field: str | None) -> tuple[int, int]:
    """Mentions in the order body, headline, captions, source lines of the boilerplate."""
    if field is None or field == "body":
        return (0, 0)
    if field == "title":
        return (1, 0)
    kind, _, index = field.partition(":")
    return (3 if kind == "boilerplate" else 2, int(index or 0))


def _order_mentions(ent: Entity) -> None:
    """Sort ``ent``'s mentions by field (:func:`_rank`), then by place in the field."""
    ent["mentions"].sort(key=lambda m: (_rank(m.get("field")), m["start"], m["end"]))


def merge_fields(body: list[Entity], sides: Iterable[list[Entity]]) -> tuple[list[Entity], dict[str, Entity]]:
    """The entities of the body, then those named only in the side texts (headline first, then captions in their
    order), one per entity across fields; and the renamed ones: old id -> merged entity (a person named by family
    name in the body and in full in a caption takes the full name and its id). The inputs are left unchanged."""
    merged: dict[str, Entity] = {}
    renamed: dict[str, Entity] = {}
    for ent in body:
        merged[ent["id"]] = _copy(ent)
    for entities in sides:
        for ent in entities:
            into = _match(merged, ent)
            if into is None:
                merged[ent["id"]] = _copy(ent)
                continue
            _absorb(into, ent)
            if into["type"] == "PERSON" and len(_tokens(ent["name"])) > len(_tokens(into["name"])):
                new_id = f"per:{slug(ent['name'])}"
                if new_id not in merged or merged[new_id] is into:
                    renamed[into["id"]] = into
                    into["name"] = ent["name"]
                    del merged[into["id"]]
                    into["id"] = new_id
                    merged[new_id] = into
    out = list(merged.values())
    for ent in out:
        _order_mentions(ent)
    return out, renamed


def record_entities(
    entities: list[Entity], lang: str, kb: kbmod.KnowledgeBase | None = None
) -> tuple[list[Entity], dict[str, Entity]]:
    """The entities the record lists (module docstring): a state body named with and without its place ("Embassy
    of Egypt", "Embassy of Egypt in Canada") one, under the longer name; state bodies that stand for their state
    folded into it, states named only by an adjective left out. Returns them and the folded entities: old id -> the
    entity that took its mentions."""
    kb = kb or kbmod.load()
    folded: dict[str, Entity] = {}
    for ent in entities:
        into = next((e for e in entities if len(e["name"]) > len(ent["name"]) and _same_body(ent, e)), None)
        if into is not None:
            _absorb(into, ent)
            _order_mentions(into)
            folded[ent["id"]] = into
    entities = [e for e in entities if e["id"] not in folded]
    by_id = {e["id"]: e for e in entities}
    passing = passing_bodies(lang) if lang in kbmod.LANGS else frozenset()
    out: list[Entity] = []
    for ent in entities:
        state_id = kb.by_code.get(ent["code"] or "")
        keys = kb.state_bodies | passing if len(ent["mentions"]) == 1 else kb.state_bodies  # named once: passing too
        if not (
            ent["id"].startswith("body:")
            and state_id
            and ent["name"] in {kb.body_name(key, ent["code"] or "") for key in keys}
        ):
            out.append(ent)
            continue
        state = by_id.get(state_id)
        if state is None:  # the state named only through its body: it takes the body's place
            entry = kb.entries[state_id]
            state = by_id[state_id] = Entity(
                id=entry.id,
                name=entry.name,
                type=entry.type,
                code=entry.code,
                wikidata=entry.wikidata,
                country=entry.parent,
                sector=entry.sector,
                roles=[],
                mentions=[],
            )
            out.append(state)
        _absorb(state, {**ent, "roles": []})
        _order_mentions(state)
        folded[ent["id"]] = state
    return [e for e in out if not _adjective_only(e, lang, kb)], folded


def _adjective_only(ent: Entity, lang: str, kb: kbmod.KnowledgeBase) -> bool:
    """Is ``ent`` a state every mention of which is an adjective or demonym, never one of its names?"""
    if not ent["id"].startswith(kbmod.COUNTRY_ID) or not ent["mentions"]:
        return False
    langs = (lang, *kbmod.LANGS)
    for m in ent["mentions"]:
        text = m["text"]
        if any(e.id == ent["id"] for lg in langs for e in kb.lookup(text, lg)):
            return False
        if not any(kb.demonym(text, lg) for lg in langs):
            return False
    return True
