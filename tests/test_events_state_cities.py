"""A state narrowed to its one city (issue 12, event places): an event placed at a state is placed at the city of
that state the text names when it names one and only one (``state_cities.narrowed``, after the merge): the
real-news golds place a meeting at the city it was held in and an attack at the town it hit, where the sentence
that tells the act names the state. Near misses: two cities of the state, or a city of another state only, leave
the state; a city the clause names stands. A visit moves only to the state's capital (another city is a stop of
the tour); a story filed from a city of the state (its opening dateline), or a state named by a part of it (« dans le
nord du Mali », "in southern Mali"), leaves the state. Invented sentences, read by the whole pipeline where a model
is needed; real states and cities, invented people."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from event_fixtures import pipeline_places as places
from veille.analysis.events import state_cities
from veille.analysis.events.state_cities import narrowed


def _entity(ident: str, name: str, code: str) -> dict[str, Any]:
    return {"id": ident, "name": name, "type": "GPE", "code": code, "mentions": [{"start": 0, "end": 1}]}


GABON = _entity("kb:country:GAB", "Gabon", "GAB")
LIBREVILLE = _entity("kb:city:libreville", "Libreville", "GAB")
FRANCEVILLE = _entity("kb:city:franceville", "Franceville", "GAB")
DAKAR = _entity("kb:city:dakar", "Dakar", "SEN")


def _placed(entities: list[dict[str, Any]], where: dict[str, Any]) -> str | None:
    frame = SimpleNamespace(entities=entities, walks={}, context=SimpleNamespace(dateline_state=None))
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
def test_events_state_cities_narrowed(entities, where, expected, monkeypatch):
    monkeypatch.setattr(state_cities, "_part_only", lambda f, ev, ident: False)  # no parse: the state named whole
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


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # a visit to a state whose one city the text names is no capital: a stop of the tour, the state stays
        (
            "Le président français Paul Verdane a entamé mardi une visite d'État en Suisse.\n\n"
            "Il achèvera sa visite jeudi par une étape à Lausanne.\n",
            "CONSULT",
            "Switzerland",
        ),
        (
            "Le ministre français Paul Verdane effectue depuis lundi une visite officielle au Niger.\n\n"
            "Le programme prévoit aussi un déplacement à Agadez.\n",
            "CONSULT",
            "Niger",
        ),
        (
            "La présidente sénégalaise Awa Ndiaye est en visite en Italie depuis dimanche.\n\n"
            "Elle doit rencontrer des étudiants à Milan mercredi.\n",
            "CONSULT",
            "Italy",
        ),
        # near misses: a visit whose city is the capital, talks (no visit) at a city that is none: both moved
        (
            "Le président français Paul Verdane a entamé mardi une visite d'État au Gabon.\n\n"
            "Il doit ensuite inaugurer une école à Libreville.\n",
            "CONSULT",
            "Libreville",
        ),
        (
            "Les ministres français et suisse des Affaires étrangères se sont entretenus mardi en Suisse.\n\n"
            "Le ministre français Paul Verdane a ensuite inauguré une école à Lausanne.\n",
            "CONSULT",
            "Lausanne",
        ),
    ],
)
def test_events_state_cities_visit_capital(text, etype, expected):
    assert places(text, etype)[0] == expected


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # the story is filed from a city of the state: an act told at the state is not placed at the dateline's city
        (
            "OUAGADOUGOU, 3 mars (AFP) - L'armée burkinabè a arrêté mardi au Burkina Faso trois ressortissants "
            "maliens.\n",
            "COERCE",
            "Burkina Faso",
        ),
        (
            "BAMAKO, March 3 (Reuters) - Malian soldiers arrested three French nationals in Mali on Tuesday.\n",
            "COERCE",
            "Mali",
        ),
        (
            "OUAGADOUGOU, 3 mars (AFP) - Le président français Paul Verdane a rencontré mardi au Burkina Faso son "
            "homologue burkinabè.\n\nLes deux hommes ont évoqué la sécurité.\n",
            "CONSULT",
            "Burkina Faso",
        ),
        # near miss: a dateline of another state leaves the rule as it was
        (
            "DAKAR, 3 mars (AFP) - L'armée burkinabè a arrêté mardi au Burkina Faso trois ressortissants maliens.\n\n"
            "Le ministre burkinabè Issa Konaté a ensuite inauguré une école à Ouagadougou.\n",
            "COERCE",
            "Ouagadougou",
        ),
    ],
)
def test_events_state_cities_dateline_state(text, etype, expected):
    assert places(text, etype)[0] == expected


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # the state named by a part of it: the one city the text names is not known to lie there, the state stays
        (
            "L'armée malienne a arrêté mardi trois ressortissants français dans le centre du Mali.\n\n"
            "Le ministre malien Issa Konaté a ensuite inauguré une école à Bamako.\n",
            "COERCE",
            "Mali",
        ),
        (
            "Les ministres malien et français des Affaires étrangères se sont entretenus mardi dans le sud du Mali."
            "\n\nLe ministre français Paul Verdane a ensuite inauguré une école à Bamako.\n",
            "CONSULT",
            "Mali",
        ),
        (
            "The Malian and French foreign ministers held talks in southern Mali on Tuesday.\n\n"
            "The French minister Paul Verdane later opened a school in Bamako.\n",
            "CONSULT",
            "Mali",
        ),
        (
            "The Malian and French foreign ministers held talks in the south of Mali on Tuesday.\n\n"
            "The French minister Paul Verdane later opened a school in Bamako.\n",
            "CONSULT",
            "Mali",
        ),
        # near miss: the whole state named, its adjective beside it: moved to its one city
        (
            "Les ministres malien et français des Affaires étrangères se sont entretenus mardi au Mali.\n\n"
            "Le ministre français Paul Verdane a ensuite inauguré une école à Bamako.\n",
            "CONSULT",
            "Bamako",
        ),
    ],
)
def test_events_state_cities_state_part(text, etype, expected):
    assert places(text, etype)[0] == expected
