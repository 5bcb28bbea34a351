"""Title Case headlines and captions ("Army Chief Slams Rebels Over Deadly Attack"): a name printed after a role,
or tagged by the NER, stops at a headline verb ("Slams", "Vows") or a capitalised preposition ("Over", "After":
entities.json headline_words), so that no person is made of the headline's words; a name in running text stays
whole ("Theresa May", "Edward Said"). Invented headlines."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text",
    [
        "Army Chief Slams Rebels Over Deadly Attack In Northern Town",
        "Opposition Leader Rejects Poll Results, Calls For Fresh Vote",
        "Foreign Minister Warns Of Retaliation After Border Clash",
        "Police Chief Vows Crackdown On Gangs After Riots",
        "Defence Minister Hails Troops As Offensive Ends",
    ],
)
def test_headlines_role_followed_by_headline_words_makes_no_person(text):
    found = entities(text, "en")
    assert not [n for n, e in found.items() if e["type"] == "PERSON"], found


@pytest.mark.parametrize(
    "text,name",
    [
        ("Governor Okello Mutebi Vows Crackdown On Gangs", "Okello Mutebi"),
        ("Senator Maria Lopes Slams Budget Cuts", "Maria Lopes"),
        ("Minister Amara Kone Meets Envoys In Abidjan", "Amara Kone"),
        ("Prime Minister Theresa May said the deal was done.", "Theresa May"),
        ("Professor Edward Said spoke at the university on Monday.", "Edward Said"),
    ],
)
def test_headlines_name_after_a_role_stops_at_the_headline_verb(text, name):
    found = entities(text, "en")
    persons = [n for n, e in found.items() if e["type"] == "PERSON"]
    assert persons == [name], found


def test_headlines_korean_name_with_in_stays_whole():
    found = entities("North Korean envoy Kim In Ryong told the assembly the drills were a threat.", "en")
    assert "Kim In Ryong" in found, found


@pytest.mark.parametrize(
    "text,name",
    [
        ("Macron Calls For Ceasefire In Phone Call With Netanyahu", "Emmanuel Macron"),
        ("Trump Threatens New Tariffs On Canadian Goods", "Donald Trump"),
    ],
)
def test_headlines_leader_opening_a_headline_is_the_leader(text, name):
    found = entities(text, "en")
    assert name in found, found
    assert found[name]["type"] == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels Seize Key Town As Army Retreats",
        "Gunmen Abduct Students From Boarding School",
        "Protesters Storm Parliament Over Fuel Prices",
    ],
)
def test_headlines_plural_subject_and_base_verb_make_no_person(text):
    found = entities(text, "en")
    assert not [n for n, e in found.items() if e["type"] == "PERSON"], found


@pytest.mark.parametrize(
    "text,states",
    [
        ("Norway Expels Russian Diplomats and Suspends Joint Research With Moscow", {"Norway", "Russia", "Moscow"}),
        ("Japan Imposes Export Curbs on Seoul", {"Japan", "Seoul"}),
        ("Trump and Xi Hold Talks on Trade in Beijing", {"Donald Trump", "Xi Jinping", "Beijing"}),
        ("Canada Recalls Envoy From Riyadh", {"Canada", "Riyadh"}),
    ],
)
def test_headlines_a_sanction_verb_ends_the_name_before_it(text, states):
    found = entities(text, "en")
    assert set(found) == states, found


def test_headlines_a_name_that_holds_no_headline_verb_stays_whole():
    found = entities("The Hold Steady played in Oslo, the Suspension Bridge Trust said.", "en")
    assert "Suspension Bridge Trust" in found, found
