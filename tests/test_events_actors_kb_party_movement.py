"""A party the actor table knows by its bare name acts under its code when the press names it with the word
"movement" (data/kb/actors.tsv: Tunisia's Ennahda, "the Ennahda Movement", « le mouvement Ennahdha »), as the
real-news golds code it. Near miss: an unknown movement stays without a code."""

from __future__ import annotations

import pytest

from veille.analysis.events.parties import Party, acting


def entity(name: str) -> dict:
    """An entity as the recogniser gives it, with no code or sector of its own."""
    return {"id": name, "name": name, "type": "ORG", "code": None, "country": None, "sector": None, "mentions": []}


@pytest.mark.parametrize("name", ["Ennahda Movement", "Ennahda movement", "mouvement Ennahdha", "Ennahda"])
def test_events_actors_kb_party_named_with_movement_acts_under_its_code(name: str) -> None:
    assert Party(acting(entity(name)), None).code == "ENNAHDA"


def test_events_actors_kb_unknown_movement_stays_uncoded() -> None:
    assert Party(acting(entity("Valdorian Renewal Movement")), None).code is None
