"""A state narrowed to its one city (issue 12, event places): an event placed at a state ("the summit in Brazil",
« l'attentat en France ») is placed at the city of that state when the text names one and only one of its cities
(a GPE of the knowledge base or the gazetteer that is no state: the golds place a meeting at the city where it was
held, an attack at the town it hit, and a text that names a single city of the state tells it there). A text that
names two cities of the state, or none, leaves the state; a place that is no state (a city, a region, a facility)
is never moved. Read after the merge (:func:`.merging.settled`), so that the city keys no act apart."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...record import Event, Place
from .. import kb
from .frame import Frame
from .parties import is_state, place, state_code


def state_cities(f: Frame) -> dict[str, dict[str, Any]]:
    """ISO-3 -> the one city of that state the text names (a GPE with mentions that is no state), for each state
    of which the text names exactly one; found once per frame."""
    key = ("state_cities",)
    if key in f.walks:
        found: dict[str, dict[str, Any]] = f.walks[key]
        return found
    cities: dict[str, dict[str, dict[str, Any]]] = {}
    for e in f.entities:
        code = state_code(e)
        if e.get("type") == "GPE" and e.get("mentions") and not is_state(e) and code:
            cities.setdefault(code, {})[str(e.get("id") or e.get("name"))] = e
    found = f.walks[key] = {code: next(iter(by_id.values())) for code, by_id in cities.items() if len(by_id) == 1}
    return found


def _country(where: Mapping[str, Any]) -> bool:
    """Whether an event's place is a state of the knowledge base (its id a country's)."""
    return str(where.get("id") or "").startswith(kb.COUNTRY_ID)


def narrowed(f: Frame, events: list[Event]) -> list[Event]:
    """The merged events, each placed at a state moved to the one city of that state the text names (module
    docstring)."""
    for ev in events:
        where = ev["location"]
        if where is None or not _country(where) or not where.get("code"):
            continue
        city = state_cities(f).get(str(where["code"]))
        if city is not None:
            ev["location"] = Place(**place(city))
    return events
