"""Places the NER misses, found from how news prints them: streets and squares, a place after its type word, a
place before a type word that is no part of its name, gazetteer cities after a locative or in a list of places;
and what is no street. Invented sentences."""

from __future__ import annotations

import pytest

from veille.analysis.entities import recognise
from veille.analysis.nlp import parse

pytestmark = pytest.mark.e2e


def places(text: str, lang: str) -> dict[str, list[str]]:
    ents = recognise(parse(text, lang), lang=lang, published="2025-01-01")
    return {e["name"]: [m["text"] for m in e["mentions"]] for e in ents if e["type"] in ("LOC", "GPE")}


def people(text: str, lang: str) -> set[str]:
    return {e["name"] for e in recognise(parse(text, lang), lang=lang) if e["type"] == "PERSON"}


@pytest.mark.parametrize(
    "text,street",
    [
        ("Des policiers ont déployé un canon à eau sur l’avenue Vaziani, à Tbilissi.", "avenue Vaziani"),
        ("Les manifestants se sont regroupés rue Félix le Goff, devant la mairie de Brest.", "rue Félix le Goff"),
        ("Le cortège est parti du rond-point des Mouettes vers le port de Brest.", "rond-point des Mouettes"),
        ("Des soldats ont pris position autour de la place de l’Unité, à Moroni.", "place de l’Unité"),
    ],
)
def test_places_streets_and_squares_are_places_named_with_their_street_word(text, street):
    found = places(text, "fr")
    assert street in found and found[street] == [street], found


def test_places_a_street_named_for_a_person_is_no_person():
    assert "Félix le Goff" not in people("Les manifestants se sont regroupés rue Félix le Goff, samedi à Brest.", "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Il a parlé à la place de Jean Moreau lors de la réunion de lundi à Lyon.",
        "Il a défendu la place de la France dans le monde devant les députés.",
        "Les mesures ont été mises en place mardi par le gouvernement.",
    ],
)
def test_places_no_street_in_a_locution(text):
    assert not any(name.startswith("place") for name in places(text, "fr"))


@pytest.mark.parametrize(
    "text,lang,place",
    [
        (
            "A jet bombed a monastery in the village of Let Pan Kone, where families were sheltering.",
            "en",
            "Let Pan Kone",
        ),
        ("Les troupes sont regroupées dans la localité de Tabaré Kouré depuis lundi.", "fr", "Tabaré Kouré"),
        ("Ten people died in a building bombed in the Fag Ashar area of the capital.", "en", "Fag Ashar"),
    ],
)
def test_places_a_type_word_names_a_place(text, lang, place):
    found = places(text, lang)
    assert found.get(place) == [place], found


def test_places_coordinated_before_a_plural_type_word():
    found = places("The vaccines will be used in the Cité Lumière and Croix-des-Palmes districts next week.", "en")
    assert "Cité Lumière" in found and "Croix-des-Palmes" in found, found


@pytest.mark.parametrize(
    "text,cities",
    [
        ("Protests also took place in Mombasa, Kisumu and Eldoret, according to local media.", {"Kisumu", "Eldoret"}),
        ("Trade between Dhaka and Colombo grew sharply last year, officials said.", {"Colombo"}),
    ],
)
def test_places_gazetteer_cities_after_a_locative_or_listed_with_a_place(text, cities):
    assert cities <= set(places(text, "en"))


def test_places_the_capital_with_its_district_is_one_mention():
    found = places("The building was photographed in Washington, DC, on Monday.", "en")
    assert found.get("Washington") == ["Washington, DC"], found
