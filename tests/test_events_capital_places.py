"""A capital named by its noun after a locative preposition is where the act happens (analysis/events/
capital_places.py, events.json ``capital_nouns``): the city printed beside the noun ("in the Kenyan capital,
Nairobi", "in the capital Nairobi"), else the capital (``kb/capitals.tsv``) of the state that qualifies the noun
(a nationality adjective, a genitive), else, with no state named, the capital of the state the text tells ("in
the capital", « dans la capitale du pays »). Near misses: a city named after "in" stands; a capital named outside
a locative phrase places nothing. Invented sentences, read by the whole pipeline; real states and cities, invented
people."""

from __future__ import annotations

import pytest

from event_fixtures import pipeline_places as places

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The foreign ministers of Chile and Peru met on Monday in the Kenyan capital, Nairobi.\n", "CONSULT"),
        ("Kenyan police arrested the opposition leader Joe Mwangi in the capital Nairobi last week.\n", "COERCE"),
        ("The foreign ministers of Chile and Peru met on Monday in the Kenyan capital.\n", "CONSULT"),
        ("The foreign ministers of Chile and Peru met in the capital of Kenya on Monday.\n", "CONSULT"),
        ("Kenyan police arrested the opposition leader Joe Mwangi in the capital on Tuesday.\n", "COERCE"),
        ("La police kényane a dispersé mardi une manifestation de l'opposition dans la capitale du pays.\n", "COERCE"),
        (
            "Le ministre chilien des Affaires étrangères a rencontré lundi son homologue péruvien dans la capitale "
            "kényane.\n",
            "CONSULT",
        ),
        (
            "Le ministre chilien a rencontré lundi son homologue péruvien dans la capitale kényane, Nairobi.\n",
            "CONSULT",
        ),
    ],
)
def test_events_capital_places_named(text, etype):
    assert places(text, etype) == ["Nairobi"]


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("The foreign ministers of Chile and Peru met on Monday in Mombasa.\n", "CONSULT", ["Mombasa"]),
        ("Kenyan police arrested the opposition leader Joe Mwangi on Friday in Mombasa.\n", "COERCE", ["Mombasa"]),
        (
            "Kenyan police arrested the opposition leader Joe Mwangi after a rally against the capital's mayor.\n",
            "COERCE",
            [None],
        ),
    ],
)
def test_events_capital_places_near_misses(text, etype, expected):
    assert places(text, etype) == expected
