"""A body that votes to do something does it: the vote is the act ("the assembly voted to condemn X", "parliament
voted to suspend the treaty", "lawmakers voted to impose sanctions"), as a decision told in the news is
(events.json ``aspectual_heads``: decide, vote). A vote still to come, planned or refused is not ("will vote next
week to condemn", "plans to vote to", "refused to vote to"). Invented sentences, real states, no real people."""

from __future__ import annotations

import pytest

from test_events import sides
from test_events_two_states_kb import run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("India voted on Thursday to condemn Norway's annexation of the islands.", "ACCUSE"),
        ("The Indian parliament voted to impose sanctions on Norway.", "SANCTION"),
        ("India overwhelmingly voted to condemn Norway.", "ACCUSE"),
        ("Indian lawmakers have voted to expel Norway's ambassador.", "COERCE"),
        ("India voted unanimously to suspend its cooperation with Norway.", "SANCTION"),
    ],
)
def test_events_modality_votes_are_done(text, etype):
    assert ({"IND"}, {"NOR"}) in sides(run(text), etype)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("India will vote next week to condemn Norway.", "ACCUSE"),
        ("India plans to vote to impose sanctions on Norway.", "SANCTION"),
        ("India refused to vote to condemn Norway.", "ACCUSE"),
        ("India could vote to expel Norway's ambassador.", "COERCE"),
    ],
)
def test_events_modality_votes_to_come_are_not_done(text, etype):
    assert not [a for a, r in sides(run(text), etype) if "IND" in a and "NOR" in r]
