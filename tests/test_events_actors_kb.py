"""The actor table (data/kb/actors.tsv) as the event coder reads it: leaders act for their state, state bodies
known by a proper name for theirs; a person the recogniser placed keeps its country."""

from __future__ import annotations

from veille.analysis.events.parties import Party, acting


def entity(name: str, etype: str, country: str | None = None) -> dict:
    """An entity as the recogniser gives it, with no code or sector of its own (read by the actor-table tests)."""
    return {"id": name, "name": name, "type": etype, "code": None, "country": country, "sector": None, "mentions": []}


def test_events_actors_kb_leader_acts_for_the_state():
    party = Party(acting(entity("Vladimir Poutine", "PERSON")), "GOV")
    assert party.code == "RUS"


def test_events_actors_kb_leader_keeps_the_country_the_recogniser_gave():
    assert acting(entity("Donald Trump", "PERSON", "CAN"))["country"] == "CAN"


def test_events_actors_kb_unknown_person_stays_without_a_code():
    assert Party(acting(entity("Jean Kaboré", "PERSON")), None).code is None


def test_events_actors_kb_state_body_known_by_its_name():
    assert acting(entity("Conseil fédéral", "ORG"))["code"] == "CHE"
