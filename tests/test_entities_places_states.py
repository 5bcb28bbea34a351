"""The state of a place, which event sides read: a city name shared by several states takes the state the text
names, a French department has its state, and a state's short name printed inside another state's longer name
stands for that state. Invented sentences."""

from __future__ import annotations

import pytest

from veille.analysis.entities import recognise
from veille.analysis.nlp import parse

pytestmark = pytest.mark.e2e


def codes(text: str, lang: str) -> dict[str, str | None]:
    return {e["name"]: e["code"] for e in recognise(parse(text, lang), lang=lang) if e["type"] in ("GPE", "LOC")}


@pytest.mark.parametrize(
    "text,lang",
    [
        (
            "Près de mille personnes ont manifesté mercredi dans le Finistère. À Brest, le cortège a rejoint le port.",
            "fr",
        ),
        (
            "Farmers blocked roads across Finistère on Tuesday, and in Brest a convoy of tractors reached the port.",
            "en",
        ),
    ],
)
def test_places_states_a_shared_city_name_takes_the_state_the_text_names(text, lang):
    assert codes(text, lang)["Brest"] == "FRA"


def test_places_states_a_shared_city_name_keeps_the_most_populous_without_context():
    assert codes("A convoy of lorries waited for hours at the border crossing near Brest on Friday.", "en")[
        "Brest"
    ] == ("BLR")


@pytest.mark.parametrize(
    "text,lang,place",
    [
        ("Les éleveurs de la Vendée ont bloqué une route nationale jeudi matin.", "fr", "Vendée"),
        ("Des agriculteurs ont manifesté en Loire-Atlantique et dans le Maine-et-Loire.", "fr", "Maine-et-Loire"),
        ("Storms cut power to thousands of homes in Finistère on Sunday, officials said.", "en", "Finistère"),
    ],
)
def test_places_states_a_french_department_has_its_state(text, lang, place):
    assert codes(text, lang)[place] == "FRA"


def test_places_states_a_short_state_name_inside_a_longer_one_stands_for_it():
    found = codes(
        "Fighting in the Democratic Republic of Congo displaced thousands this week, and Congo's army said it had "
        "retaken two villages.",
        "en",
    )
    assert found == {"Democratic Republic of the Congo": "COD"} | {k: v for k, v in found.items() if "Congo" not in k}


def test_places_states_the_republic_of_the_congo_keeps_its_short_name():
    found = codes("Leaders of the Congo Republic and Gabon met in Libreville, and Congo's envoy spoke first.", "en")
    assert found.get("Republic of the Congo") == "COG" and "Democratic Republic of the Congo" not in found


def test_places_states_a_department_the_ner_takes_for_an_organisation_is_a_place_of_a_named_state():
    found = codes(
        "Storms hit Finistère on Sunday, and police in Loire-Atlantique closed two roads, officials said.", "en"
    )
    assert found.get("Loire-Atlantique") == "FRA"
