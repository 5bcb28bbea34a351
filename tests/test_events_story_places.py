"""The place of a story (issue 13, stop 57): a text whose opening dateline, or whose opening sentence after a
locative preposition, names a city or a region tells its meetings, deals, protests and policing
(events.json ``located_by_place``) there when their own clause names no place, as the real-news golds place them
(``placetime.story_place``, found once; given by ``merging.settled`` after the merge, so that the place keys no act
apart). Near misses: an act's own place stands; a state in the opening, or a city printed only further down, is no
story place; an attack, which hits elsewhere, is not placed so. Invented sentences, read by the whole pipeline;
real states and cities, invented people."""

from __future__ import annotations

import pytest

from event_fixtures import pipeline_places as places

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "The foreign ministers of Chile and Peru met on Monday in Mombasa.\n\n"
            "Chile and Peru signed a fisheries agreement.\n",
            "AGREE",
        ),
        (
            "Thousands of teachers rallied in Mombasa on Monday to demand higher pay.\n\n"
            "Kenyan police arrested the union leader Joe Mwangi.\n",
            "COERCE",
        ),
        (
            "MOMBASA, Kenya (AP) — Thousands of teachers rallied on Monday to demand higher pay.\n\n"
            "Kenyan police arrested the union leader Joe Mwangi.\n",
            "COERCE",
        ),
        (
            "Les ministres chilien et péruvien des Affaires étrangères se sont retrouvés lundi à Mombasa.\n\n"
            "Le Chili et le Pérou ont signé un accord sur la pêche.\n",
            "AGREE",
        ),
    ],
)
def test_events_story_places_place_unplaced_acts(text, etype):
    assert places(text, etype) == ["Mombasa"]


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # an act's own place stands
        (
            "Thousands of teachers rallied in Mombasa on Monday to demand higher pay.\n\n"
            "Kenyan police arrested the union leader Joe Mwangi in Nairobi.\n",
            "COERCE",
            ["Nairobi"],
        ),
        # a state is no story place
        (
            "Thousands of teachers rallied in Kenya on Monday to demand higher pay.\n\n"
            "Kenyan police arrested the union leader Joe Mwangi.\n",
            "COERCE",
            [None],
        ),
        # an attack hits elsewhere: not placed at the story's city
        (
            "Thousands of teachers rallied in Mombasa on Monday to demand higher pay.\n\n"
            "Kenyan troops shelled the Somali town of Kismayo.\n",
            "ASSAULT",
            [None],
        ),
        # a city printed only after the opening sentence
        (
            "Kenyan police arrested the union leader Joe Mwangi on Monday.\n\n"
            "Thousands of teachers later rallied in Mombasa to demand higher pay.\n",
            "COERCE",
            [None],
        ),
    ],
)
def test_events_story_places_near_misses(text, etype, expected):
    assert places(text, etype) == expected
