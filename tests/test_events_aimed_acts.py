"""Classes of false events found on unseen real news (corpus/real2 dev, English): an attack or a protest aimed at
no one the text names is no event (a weapon fired is one: "fired shells across the river"); a document "released
by" someone is no release of captives; condemning an arrest or an attack on one's people accuses its author
without also rejecting it. Each class both ways: what must
not be coded and what still is. Invented sentences, English and French; real states, invented people."""

from __future__ import annotations

import pytest

from test_events import coded
from test_events import sides as typed_sides_of
from test_events_trigger_paradigms import KB


def realised(text: str, lang: str, etype: str) -> list[tuple[set[str], set[str]]]:
    return typed_sides_of(coded(text, lang, KB), etype)


pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "Japanese troops attacked at dawn.", "ASSAULT"),
        ("fr", "Les troupes japonaises ont attaqué à l'aube.", "ASSAULT"),
        ("en", "Japan demonstrated that it will defend its interests.", "PROTEST"),  # showed, no rally
    ],
)
def test_events_aimed_acts_without_a_target_are_no_event(lang, text, etype):
    assert not realised(text, lang, etype)


@pytest.mark.parametrize(
    "lang, text, etype, sides",
    [
        ("en", "Japanese troops attacked China at dawn.", "ASSAULT", ({"JPN"}, {"CHN"})),
        ("en", "The Japanese army shelled the outskirts of Kyiv.", "ASSAULT", ({"JPN"}, {"UKR"})),  # the place's state
        ("en", "French students protested on Monday.", "PROTEST", ({"FRA"}, {"FRA"})),  # the authorities of the place
        ("fr", "Des étudiants français ont manifesté lundi.", "PROTEST", ({"FRA"}, {"FRA"})),
        # a weapon fired needs no target (a missile launched at no one is a launch: test_events_missile_launches)
        ("en", "Japan fired artillery shells across the river on Tuesday.", "ASSAULT", ({"JPN"}, set())),
        ("fr", "Le Japon a tiré des obus de l'autre côté du fleuve mardi.", "ASSAULT", ({"JPN"}, set())),
    ],
)
def test_events_aimed_acts_with_a_target_are_kept(lang, text, etype, sides):
    assert sides in realised(text, lang, etype)


@pytest.mark.parametrize(
    "text",
    [
        "A statement released by France on Monday welcomed the Japanese proposal.",
        "In a statement released by France, the minister offered condolences to the families of the Japanese sailors.",
        "A video released by Japan showed the ships of China.",
    ],
)
def test_events_aimed_acts_a_released_document_is_no_release(text):
    assert not realised(text, "en", "RETREAT")


@pytest.mark.parametrize(
    "text, sides",
    [
        ("The two Japanese sailors released by China on Monday flew home.", ({"CHN"}, {"JPN"})),
        ("China released two Japanese fishermen on Monday.", ({"CHN"}, {"JPN"})),
    ],
)
def test_events_aimed_acts_released_captives_are_a_release(text, sides):
    assert sides in realised(text, "en", "RETREAT")


@pytest.mark.parametrize(
    "text, rejects",
    [
        ("China arrested two Japanese sailors. Japan condemned the arrest.", False),  # condemned, not refused
        ("China imposed sanctions on Japan. Japan condemned the sanctions.", True),  # a measure it rejects
    ],
)
def test_events_aimed_acts_condemning_an_arrest_is_no_rejection(text, rejects):
    assert (({"JPN"}, {"CHN"}) in realised(text, "en", "ACCUSE")) is True
    assert (({"JPN"}, {"CHN"}) in realised(text, "en", "REJECT")) is rejects
