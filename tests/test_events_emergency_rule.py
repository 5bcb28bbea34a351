"""Emergency rule declared (COERCE, a state on its own land or people): a state of emergency, of siege or of
exception declared, imposed, proclaimed or extended, martial law proclaimed or invoked, an emergencies act invoked
("declared a state of emergency across Kashmir", "invoked the Emergencies Act against the blockade"). Near misses: a
state of disaster or of mourning, a state of affairs, an emergency meeting, martial law lifted. Invented
sentences, real states, no real people."""

from __future__ import annotations

import pytest

from test_events import sides
from test_events_two_states_kb import run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "text",
    [
        "India declared a state of emergency across Kashmir after the riots.",
        "The Indian government imposed a state of siege on the northern provinces on Monday.",
        "India proclaimed martial law in the border districts.",
        "India invoked the Emergencies Act against the truckers' blockade.",
        "India extended the state of emergency in Assam for another month.",
        "India declared a state of exception in three provinces to fight the gangs.",
    ],
)
def test_events_emergency_rule_is_coercion(text):
    assert any("IND" in a for a, r in sides(run(text), "COERCE"))


@pytest.mark.parametrize(
    "text",
    [
        "India declared a state of disaster in Assam after the floods.",
        "India declared three days of national mourning after the crash.",
        "India declared the state of its finances sound.",
        "India called an emergency meeting of its cabinet.",
        "India lifted martial law in the border districts.",
    ],
)
def test_events_emergency_rule_near_misses(text):
    assert not any("IND" in a for a, r in sides(run(text), "COERCE"))
