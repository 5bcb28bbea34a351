"""The actor table (data/kb/actors.tsv) lists the heads of state and government and the foreign ministers of the 2010s
as well as the 2020s: a person the recogniser leaves without a country ("Prime Minister X", "X, leader of the
party") acts for the state they led, as the real-news golds code officials; the Pope for the Holy See. Persons
better known since for a post in an international organisation, a surname alone and a leader ousted and prosecuted
by her state's government are not listed. The sentences of the coder test are invented; the persons are public
office holders."""

from __future__ import annotations

import pytest

from veille.analysis.events.parties import Party, acting


def _entity(name: str, country: str | None = None) -> dict:
    return {
        "id": name,
        "name": name,
        "type": "PERSON",
        "code": None,
        "country": country,
        "sector": None,
        "mentions": [],
    }


@pytest.mark.parametrize(
    "name,code",
    [
        ("Tony Abbott", "AUS"),
        ("Julie Bishop", "AUS"),
        ("Enda Kenny", "IRL"),
        ("Micheál Martin", "IRL"),
        ("Micheal Martin", "IRL"),
        ("Eamon Gilmore", "IRL"),
        ("Marcelo Ebrard", "MEX"),
        ("Enrique Peña Nieto", "MEX"),
        ("Manmohan Singh", "IND"),
        ("Yousuf Raza Gilani", "PAK"),
        ("Geoffrey Onyeama", "NGA"),
        ("Goodluck Jonathan", "NGA"),
        ("Hamid Karzai", "AFG"),
        ("William Hague", "GBR"),
        ("John Key", "NZL"),
        ("Muammar Gaddafi", "LBY"),
        ("Pape François", "VAT"),
        ("Pope Francis", "VAT"),
    ],
)
def test_events_actors_kb_leaders_2010s_act_for_their_state(name, code):
    assert Party(acting(_entity(name)), "GOV").code == code


@pytest.mark.parametrize("name", ["Abbott", "Amina Mohamed", "Sheikh Hasina", "Abdullah Abdullah", "Jean Kaboré"])
def test_events_actors_kb_leaders_2010s_not_listed(name):
    assert Party(acting(_entity(name)), None).code is None


def test_events_actors_kb_leaders_2010s_keep_the_country_the_recogniser_gave():
    assert acting(_entity("Tony Abbott", "NZL"))["country"] == "NZL"


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        ("Enda Kenny met the British prime minister, David Cameron, in London on Monday.", "IRL", "GBR"),
        ("Tony Abbott criticised Indonesia on Tuesday over the executions.", "AUS", "IDN"),
    ],
)
def test_events_actors_kb_leaders_2010s_coded(text, actor, recipient):
    from test_events import coded

    kb = [
        ("kenny", "Enda Kenny", "PERSON", None, None, None, ["Enda Kenny"]),
        ("abbott", "Tony Abbott", "PERSON", None, None, None, ["Tony Abbott"]),
        ("cameron", "David Cameron", "PERSON", None, "GBR", "GOV", ["David Cameron"]),
        ("indonesia", "Indonesia", "GPE", "IDN", None, "GOV", ["Indonesia"]),
    ]
    events = coded(text, "en", kb)
    assert any(
        actor in {p["code"] for p in e["actors"]} and recipient in {p["code"] for p in e["recipients"]} for e in events
    ), events
