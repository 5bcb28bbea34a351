"""A state narrowed to its one city (issue 12, event places): an event placed at a state is placed at the city of
that state the text names when it names one and only one (``state_cities.narrowed``, after the merge): the
real-news golds place a meeting at the city it was held in and an attack at the town it hit, where the sentence
that tells the act names the state. Near misses: two cities of the state, or a city of another state only, leave
the state; a city the clause names stands. Invented sentences, read by the whole pipeline where a model is needed;
real states and cities, invented people."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from event_fixtures import pipeline_places as places
from veille.analysis.events.state_cities import narrowed


def _entity(ident: str, name: str, code: str) -> dict[str, Any]:
    return {"id": ident, "name": name, "type": "GPE", "code": code, "mentions": [{"start": 0, "end": 1}]}


GABON = _entity("kb:country:GAB", "Gabon", "GAB")
LIBREVILLE = _entity("kb:city:libreville", "Libreville", "GAB")
FRANCEVILLE = _entity("kb:city:franceville", "Franceville", "GAB")
DAKAR = _entity("kb:city:dakar", "Dakar", "SEN")


def _placed(entities: list[dict[str, Any]], where: dict[str, Any]) -> str | None:
    frame = SimpleNamespace(entities=entities, walks={})
    event = {"location": {"id": where["id"], "name": where["name"], "code": where["code"]}}
    return narrowed(frame, [event])[0]["location"]["name"]  # type: ignore[arg-type, typeddict-item]


@pytest.mark.parametrize(
    ("entities", "where", "expected"),
    [
        ([GABON, LIBREVILLE], GABON, "Libreville"),  # the one city of the state
        ([GABON, LIBREVILLE, DAKAR], GABON, "Libreville"),  # a city of another state is no matter
        ([GABON, LIBREVILLE, FRANCEVILLE], GABON, "Gabon"),  # two cities: the state stays
        ([GABON, DAKAR], GABON, "Gabon"),  # no city of the state
        ([GABON, LIBREVILLE, FRANCEVILLE], FRANCEVILLE, "Franceville"),  # a city stands
    ],
)
def test_events_state_cities_narrowed(entities, where, expected):
    assert _placed(entities, where) == expected


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        (
            "The French and Gabonese foreign ministers held talks in Gabon on Tuesday.\n\n"
            "The French minister Paul Verdane later toured a hospital in Libreville.\n",
            "CONSULT",
            "Libreville",
        ),
        (
            "Les ministres français et gabonais des Affaires étrangères se sont entretenus mardi au Gabon.\n\n"
            "Le ministre français Paul Verdane a ensuite visité un hôpital à Libreville.\n",
            "CONSULT",
            "Libreville",
        ),
        # two cities of the state: the state stays
        (
            "The French and Gabonese foreign ministers held talks in Gabon on Tuesday.\n\n"
            "The French minister Paul Verdane later toured hospitals in Libreville and Franceville.\n",
            "CONSULT",
            "Gabon",
        ),
    ],
)
def test_events_state_cities_in_text(text, etype, expected):
    assert places(text, etype)[0] == expected  # the talks, told first
