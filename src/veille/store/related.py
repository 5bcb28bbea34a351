"""Related stories: articles from other outlets and in other languages that report the same events, grouped from
the language-independent evidence the analysis produces (no text is compared: translations share no words).

Evidence of an article (:func:`evidence`), each piece a key of one *kind* (its weight in :data:`WEIGHTS`):

- ``event``: an event's (type, actor code, recipient code) triple, not for a party's act on itself (a coup, arrests:
  background in every later article on that country); ``code``: an actor or recipient code of an event
  (not counted again where it is a state both name);
- ``place``: an event's location, or a city, seat or named place of the article's entities;
- ``person``: a person's entity id, and ``surname``: the last word of a person's name (``per:a-a-navalny`` and
  ``per:alexei-navalny`` meet there; a surname is weaker than a full name, and not counted again for a person
  shared by id);
- ``entity``: a knowledge-base entity (kb id or Wikidata id) other than a state; ``state``: a state's code (weak:
  most articles name a few);
- ``speaker``: the entity id of a quoted speaker (a described source, "a diplomatic source", is no evidence).

Two articles' score (:func:`score`) is the sum of the weights of the keys they share, each kind capped at
:data:`CAPS`, plus :data:`CLOSE_DAYS` within a day, less :data:`CONFLICT` when both report events and none alike,
times a date factor: 1 within a day, halved each further day up to :data:`WINDOW` days apart, and no score beyond
it (the window is a hard bound; an article without a publication date is grouped with nothing). :func:`score`
returns the evidence that matched, so that every link is explained. Articles that are near-copies of each other (one
:mod:`.stories` story) count as one *unit*: their evidence is pooled and they are scored once.

:func:`group` takes the pairs scoring at least :data:`THRESHOLD`, strongest first, and merges two groups when the
mean score of their cross pairs reaches :data:`MEAN_LINK` x :data:`THRESHOLD` (average link: one strong pair does not
chain two stories). Candidate pairs come from an index on (key, date bucket of :data:`WINDOW` days): a unit is only
compared with the units that share a key in its bucket or the next one, and a key held by more than
:data:`MAX_POSTING` units of one bucket (a head of state named every day) finds no candidates. Figures:
docs/benchmarks.md, bench/stories_xlang.py.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

#: days between two articles' publication dates beyond which they are never one story: copies and follow-ups of one
#: event appear within a day or two in the test set (bench/stories_xlang.py); 3 keeps a weekend's delay
WINDOW = 3
#: weight of one shared key of each kind. An event triple or a full person name is the strongest sign; a place or a
#: knowledge-base organisation next; a state's code is named by most articles on an event
WEIGHTS: Mapping[str, float] = {
    "event": 3.0,
    "code": 0.5,
    "person": 2.0,
    "surname": 1.5,
    "place": 1.5,
    "entity": 1.5,
    "speaker": 1.5,
    "state": 0.5,
}
#: most a kind adds to a score: ten shared states do not make a story
CAPS: Mapping[str, float] = {"event": 6.0, "code": 2.0, "person": 4.0, "surname": 3.0, "place": 3.0,
                             "entity": 3.0, "speaker": 3.0, "state": 1.0}  # fmt: skip
#: added when two articles appear within a day of each other (the date is evidence, not only a bound)
CLOSE_DAYS = 0.5
#: taken off when both units report events and none of one type: two articles that code different acts of the same
#: actors (an ultimatum, a protest) tell different stories
CONFLICT = 1.0
#: score from which two units tell one story: two full person names, a person and a place or an organisation, or a
#: person and their state within a day; one person and a state two days apart (the same actors on other business
#: on another day) is not enough
THRESHOLD = 3.0
#: share of the threshold that the mean score between two groups must reach for them to merge
MEAN_LINK = 0.5
#: units of one date bucket above which a key finds no candidates (it would compare every pair of a large store);
#: such a key still counts in the score of pairs found through another key
MAX_POSTING = 200
#: kinds whose keys find candidate pairs (states and surnames only add to a score)
INDEXED = ("event", "code", "person", "place", "entity", "speaker")
PLACE_PREFIXES = ("kb:city:", "kb:seat:", "kb:region:", "loc:")
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class Evidence:
    """The evidence of one unit: an article, or the pooled near-copies of one story."""

    id: str
    day: int | None  # the publication date's ordinal
    keys: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    members: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Match:
    """Two units' score and the shared keys that made it, ``kind:key`` each."""

    a: str
    b: str
    score: float
    evidence: tuple[str, ...]
    days: int | None


def day_of(published: str | None) -> int | None:
    """The ordinal of an ISO date (its first ten characters), or None."""
    try:
        return date.fromisoformat((published or "")[:10]).toordinal()
    except ValueError:
        return None


def evidence(record: Mapping[str, Any], unit: str | None = None) -> Evidence:
    """The evidence of an analysed record (its ``published``, ``entities``, ``events`` and ``quotes``)."""
    found = Evidence(unit or str(record.get("id")), day_of(record.get("published")), members=[str(record.get("id"))])
    add_record(found, record)
    return found


def add_record(found: Evidence, record: Mapping[str, Any]) -> None:
    """Pool a record's evidence into ``found`` (a near-copy of its unit)."""
    keys = found.keys
    for ent in record.get("entities") or []:
        ent_id, code = str(ent.get("id") or ""), ent.get("code")
        if ent.get("type") == "PERSON" or ent_id.startswith("per:"):
            keys["person"].add(ent_id)
            if (last := surname(ent_id)) is not None:
                keys["surname"].add(last)
        elif ent_id.startswith("kb:country:") and code:
            keys["state"].add(str(code))
        elif ent_id.startswith(PLACE_PREFIXES):
            keys["place"].add(ent_id)
        elif ent_id.startswith("kb:") or ent.get("wikidata"):
            keys["entity"].add(str(ent.get("wikidata") or ent_id))
    for event in record.get("events") or []:
        if event.get("negated") or event.get("modality"):
            continue  # an act denied, planned or supposed is not what two articles report alike
        actors = sorted({str(a.get("code")) for a in event.get("actors") or [] if a.get("code")})
        recipients = sorted({str(r.get("code")) for r in event.get("recipients") or [] if r.get("code")})
        # a party's act on itself (a coup, arrests, a crackdown) is told as background by every later article on
        # that country: shared, it says no more than the codes do
        if not actors or actors != recipients:
            for actor in actors or ["-"]:
                for recipient in recipients or ["-"]:
                    keys["event"].add(f"{event.get('type')}/{actor}/{recipient}")
        keys["code"].update(actors + recipients)
        location = event.get("location") or {}
        if location.get("id"):
            keys["place"].add(str(location["id"]))
    for quote in record.get("quotes") or []:
        keys["speaker"].update(str(s["id"]) for s in quote.get("speakers") or [] if s.get("id"))
    if found.day is None:
        found.day = day_of(record.get("published"))


def surname(person_id: str) -> str | None:
    """The last word of a person's id (``per:alexei-navalny`` -> ``navalny``), or None for an initial."""
    words = _SLUG.sub(" ", person_id.removeprefix("per:").casefold()).split()
    return words[-1] if words and len(words[-1]) > 2 else None


def shared(a: Evidence, b: Evidence, kind: str) -> list[str]:
    """The keys of one kind two units share; a surname of a person they share by id, or a code that is also a
    shared state, is not counted twice."""
    common = a.keys.get(kind, set()) & b.keys.get(kind, set())
    if kind == "surname":
        common -= {surname(p) for p in a.keys.get("person", set()) & b.keys.get("person", set())}
    elif kind == "code":
        common -= a.keys.get("state", set()) & b.keys.get("state", set())
    return sorted(common)


def date_factor(days: int) -> float:
    """1 within a day, then halved each further day; 0 beyond :data:`WINDOW`."""
    return 0.0 if days > WINDOW else 0.5 ** max(0, days - 1)


def score(a: Evidence, b: Evidence) -> Match:
    """Two units' score and its explanation (0 when a date is missing or beyond the window)."""
    if a.day is None or b.day is None:
        return Match(a.id, b.id, 0.0, (), None)
    days = abs(a.day - b.day)
    factor = date_factor(days)
    total, found = 0.0, []
    for kind, weight in WEIGHTS.items():
        common = shared(a, b, kind)
        if common:
            total += min(weight * len(common), CAPS[kind])
            found += [f"{kind}:{key}" for key in common]
    if total and days <= 1:
        total += CLOSE_DAYS
        found.append(f"date:{days}d")
    types_a, types_b = event_types(a), event_types(b)
    if types_a and types_b and not types_a & types_b:
        total -= CONFLICT
        found.append(f"conflict:{'+'.join(sorted(types_a))}|{'+'.join(sorted(types_b))}")
    return Match(a.id, b.id, round(max(total, 0.0) * factor, 3), tuple(found), days)


def event_types(unit: Evidence) -> set[str]:
    """The types of the events a unit reports."""
    return {key.split("/", 1)[0] for key in unit.keys.get("event", ())}


def candidates(units: list[Evidence]) -> set[tuple[int, int]]:
    """The pairs of units (indices, smaller first) that share an indexed key within neighbouring date buckets."""
    index: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, unit in enumerate(units):
        if unit.day is None:
            continue
        for kind in INDEXED:
            for key in unit.keys.get(kind, ()):
                index[(f"{kind}:{key}", unit.day // WINDOW)].append(i)
    pairs: set[tuple[int, int]] = set()
    for (key, bucket), posting in index.items():
        if len(posting) > MAX_POSTING:
            continue
        for nb in (bucket, bucket + 1):  # the bucket itself and the next: every pair within WINDOW days, once
            others = posting if nb == bucket else index.get((key, nb), [])
            if len(others) > MAX_POSTING:
                continue
            for i in posting:
                pairs.update((min(i, j), max(i, j)) for j in others if i != j)
    return pairs


def group(units: list[Evidence], threshold: float = THRESHOLD) -> tuple[list[list[str]], list[Match]]:
    """Units grouped: the groups (unit ids, each group in input order, groups in order of their first unit) and the
    links that made them (with their evidence). Linked pairs (score >= ``threshold``) are taken strongest first; two
    groups merge only when the mean score over all their cross pairs is at least ``threshold`` x :data:`MEAN_LINK`
    (average link: one strong pair does not chain two stories that share an actor)."""
    matches = sorted(
        (m for i, j in candidates(units) if (m := score(units[i], units[j])).score >= threshold),
        key=lambda m: (-m.score, m.a, m.b),
    )
    position = {unit.id: i for i, unit in enumerate(units)}
    member_of: dict[int, int] = {i: i for i in range(len(units))}
    members: dict[int, list[int]] = {i: [i] for i in range(len(units))}
    links = []
    for match in matches:
        ga, gb = member_of[position[match.a]], member_of[position[match.b]]
        if ga == gb:
            links.append(match)
            continue
        cross = [score(units[i], units[j]).score for i in members[ga] for j in members[gb]]
        if sum(cross) / len(cross) < threshold * MEAN_LINK:
            continue
        links.append(match)
        keep, gone = min(ga, gb), max(ga, gb)
        for i in members.pop(gone):
            member_of[i] = keep
            members[keep].append(i)
    return [[units[i].id for i in sorted(group)] for _, group in sorted(members.items())], links


def units_of(records: Iterable[tuple[str, Mapping[str, Any]]]) -> list[Evidence]:
    """Units from (unit id, record) pairs: records with one unit id (near-copies of one story) are pooled."""
    out: dict[str, Evidence] = {}
    for unit, record in records:
        if unit in out:
            out[unit].members.append(str(record.get("id")))
            add_record(out[unit], record)
        else:
            out[unit] = evidence(record, unit)
    return list(out.values())
