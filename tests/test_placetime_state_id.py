"""A place with no id (a capital that ``kb/capitals.tsv`` names and the knowledge base lacks) names no state for
``placetime.location``'s aimed-at step: ``_state_id`` matches the text's entities by id, never an entity with no
id against a place with none. Near miss: a place whose id is a state entity of the text names that state.
Invented entities."""

from __future__ import annotations

from types import SimpleNamespace

from veille.analysis.events import placetime


def test_placetime_state_id_place_without_id_names_no_state():
    frame = SimpleNamespace(entities=[{"id": None, "name": "police", "type": "GROUP", "code": "KEN"}])
    assert placetime._state_id(frame, {"id": None, "name": "Ruritown", "code": "KEN"}) is False


def test_placetime_state_id_state_entity_named():
    kenya = {"id": "kb:country:KEN", "name": "Kenya", "type": "GPE", "code": "KEN"}
    frame = SimpleNamespace(entities=[kenya])
    assert placetime._state_id(frame, {"id": "kb:country:KEN", "name": "Kenya", "code": "KEN"}) == "kb:country:KEN"
