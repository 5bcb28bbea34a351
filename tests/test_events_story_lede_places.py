"""The place of a story told in its second sentence (issue 13, stop 60): a text whose lede sentence names no city
and whose next sentence with a verb names the city after a locative preposition tells its meetings, deals, protests
and policing (events.json ``located_by_place``) there when their own clause names no place
(``placetime.story_place`` reads the first two opening segments with a verb, ``STORY_PLACE_SENTENCES``). Near
misses: an act's own place stands; a city printed only after the second sentence is no story place; an attack is
not placed so. Invented texts (a title line, then the body), read by the whole pipeline; real states and cities,
invented people."""

from __future__ import annotations

import pytest

from event_fixtures import pipeline_places as places

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Fisheries pact for Chile and Peru\n\n"
            "Chile and Peru signed a fisheries agreement on Monday.\n\n"
            "Their foreign ministers met in Mombasa, where they also discussed trade.\n",
            "AGREE",
        ),
        (
            "Union leader held in Kenya\n\n"
            "Kenyan police arrested the union leader Joe Mwangi on Monday.\n\n"
            "Thousands of teachers had rallied in Mombasa to demand higher pay.\n",
            "COERCE",
        ),
        (
            "Un accord sur la pêche pour le Chili et le Pérou\n\n"
            "Le Chili et le Pérou ont signé lundi un accord sur la pêche.\n\n"
            "Les deux chefs de la diplomatie se sont réunis à Mombasa.\n",
            "AGREE",
        ),
    ],
)
def test_events_story_lede_places_place_unplaced_acts(text, etype):
    assert places(text, etype) == ["Mombasa"]


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # an act's own place stands
        (
            "Union leader held in Kenya\n\n"
            "Kenyan police arrested the union leader Joe Mwangi in Nairobi on Monday.\n\n"
            "Thousands of teachers had rallied in Mombasa to demand higher pay.\n",
            "COERCE",
            ["Nairobi"],
        ),
        # a city printed only after the second sentence
        (
            "Union leader held in Kenya\n\n"
            "Kenyan police arrested the union leader Joe Mwangi on Monday.\n\n"
            "His lawyer said the charges were false.\n\n"
            "Thousands of teachers later rallied in Mombasa.\n",
            "COERCE",
            [None],
        ),
        # an attack hits elsewhere: not placed at the story's city
        (
            "Kenyan troops in Somalia\n\n"
            "Kenyan troops shelled the Somali town of Kismayo on Monday.\n\n"
            "Thousands of teachers had rallied in Mombasa to demand higher pay.\n",
            "ASSAULT",
            [None],
        ),
    ],
)
def test_events_story_lede_places_near_misses(text, etype, expected):
    assert places(text, etype) == expected
