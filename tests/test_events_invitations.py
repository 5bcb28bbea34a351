"""An invitation to do something is a request of the one invited (REQUEST), as French reads « inviter à »:
"invited Norway to join the exercise", "has invited Russia to take part in talks", "invites the rebels to lay down
their arms". English lexicon row (events.tsv ``clause``: the verb governs an infinitive); an invitation with no
infinitive ("invited the minister for dinner") and an invitation received ("was invited by a university") ask
nothing of a state. Invented sentences, real states, no real people."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("india", "India", "GPE", "IND", None, "GOV", ["India", "New Delhi"]),
    ("norway", "Norway", "GPE", "NOR", None, "GOV", ["Norway", "Oslo"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    "text",
    [
        "India invited Norway to join the naval exercise.",
        "India has invited Norway to take part in the talks next month.",
        "On Monday India formally invited Norway to send observers.",
        "India invited Norway to reconsider its decision, a spokesman said.",
        "India invites Norway to sign the declaration.",
    ],
)
def test_events_invitations_to_act_are_requests(text):
    assert ({"IND"}, {"NOR"}) in sides(run(text), "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        "India invited the Norwegian minister for dinner.",
        "India was invited by a university in Norway.",
        "India received an invitation from a museum in Oslo.",
    ],
)
def test_events_invitations_without_an_act_ask_nothing(text):
    assert not [a for a, r in sides(run(text), "REQUEST") if "IND" in a and "NOR" in r]
