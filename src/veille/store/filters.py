"""The filter of every event query (listings, facets, dyads, the network, the map): actors, type, mode, dates,
place, language, and whether events that did not happen are included.

An event is *realised* when it is neither negated nor marked with a modality (future, intended, hypothetical,
alleged...): the ``realised`` column of ``events``. Every count, dyad, score and summary reads realised events
only unless ``include_unrealised`` is set.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..errors import StoreError
from ..plover import event_types
from .keys import check_date

#: the kinds of modality an event may carry, besides negation (docs/record.md); "negated" is one more status
STATUSES = ("realised", "negated", "future", "intended", "hypothetical", "alleged")


def check_type(value: str) -> str:
    """The PLOVER type ``value`` names (any case); StoreError listing the types when it names none."""
    key = value.strip().upper()
    if key not in event_types():
        raise StoreError(f"unknown event type {value!r}; expected one of {', '.join(event_types())}")
    return key


def check_code(value: str, name: str) -> str:
    """An actor, recipient or place code, upper-cased; StoreError naming ``name`` for one that cannot be a code."""
    key = value.strip().upper()
    if not key or len(key) > 64 or not all(c.isalnum() or c in "-_:." for c in key):
        raise StoreError(f"{name} must be a code such as JPN or NATO, got {value!r}")
    return key


@dataclass(frozen=True)
class EventFilter:
    """Which events a query reads. Codes are matched upper-cased; ``until`` is inclusive at its precision
    (``2025-04`` includes 2025-04-30); ``place`` is the location's code (ISO-3) or its entity id."""

    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    mode: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    language: str | None = None
    include_unrealised: bool = False
    status: str | None = None

    def checked(self) -> EventFilter:
        """This filter with every value checked and normalised (StoreError naming the first bad one)."""
        status = self.status.strip().lower() if self.status else None
        if status and status not in STATUSES:
            raise StoreError(f"unknown status {self.status!r}; expected one of {', '.join(STATUSES)}")
        return replace(
            self,
            actor=check_code(self.actor, "actor") if self.actor else None,
            recipient=check_code(self.recipient, "recipient") if self.recipient else None,
            type=check_type(self.type) if self.type else None,
            mode=self.mode.strip().lower() or None if self.mode else None,
            since=check_date(self.since, "since") if self.since else None,
            until=check_date(self.until, "until") if self.until else None,
            place=self.place.strip() or None if self.place else None,
            language=self.language.strip().lower() or None if self.language else None,
            status=status,
        )

    def where(self, alias: str = "e", skip: str = "") -> tuple[str, list[Any]]:
        """The SQL condition on the events table aliased ``alias`` (``1`` when nothing is filtered) and its
        parameters; ``skip`` names one field left out (a facet counts its values under the other filters)."""
        f = self.checked()
        clauses: list[str] = []
        params: list[Any] = []
        for side, code in (("actor", f.actor), ("recipient", f.recipient)):
            if code and skip != side:
                clauses.append(f"{alias}.id IN (SELECT event_id FROM event_actors WHERE side = ? AND code = ?)")
                params += [side, code]
        for column, value in (("type", f.type), ("mode", f.mode)):
            if value and skip != column:
                clauses.append(f"{alias}.{column} = ?")
                params.append(value)
        if f.since:
            clauses.append(f"{alias}.date >= ?")
            params.append(f.since)
        if f.until:
            clauses.append(f"{alias}.date < ?")  # a prefix-aware inclusive bound
            params.append(f.until + "\U0010ffff")
        if f.place and skip != "place":
            clauses.append(f"({alias}.location_code = ? OR {alias}.location_id = ?)")
            params += [f.place.upper(), f.place]
        if f.language and skip != "language":
            clauses.append(f"{alias}.article_id IN (SELECT id FROM articles WHERE language = ?)")
            params.append(f.language)
        if skip != "status":
            if f.status == "realised":
                clauses.append(f"{alias}.realised")
            elif f.status == "negated":
                clauses.append(f"{alias}.negated")
            elif f.status:
                clauses.append(f"{alias}.modality = ?")
                params.append(f.status)
            elif not f.include_unrealised:
                clauses.append(f"{alias}.realised")
        return " AND ".join(clauses) or "1", params


def status_of(negated: Any, modality: Any) -> str:
    """'realised', 'negated' or the modality of an event."""
    if negated:
        return "negated"
    return str(modality) if modality else "realised"
