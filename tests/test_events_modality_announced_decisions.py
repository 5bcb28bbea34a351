"""A decision announced is taken: "Norway announced that it will suspend trade with India", "declared it would
recall its ambassador": the announcement (events.json ``announcing_heads``: announce, declare) is the act, told in
the future of the act it enacts, as "announced its decision to suspend" is (the real-news golds code these as
done). Not a plan merely said ("Norway said it will suspend trade": the golds keep it planned), an act announced as
possible or under a condition ("announced it may suspend", "would suspend trade if"), denied ("will not suspend"),
or an announcement still to come ("will announce that it will"). Invented sentences, real states, no real people."""

from __future__ import annotations

import pytest

from test_events import sides
from test_events_two_states_kb import run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Norway announced that it will suspend trade with India.", "SANCTION"),
        ("Norway announced on Monday it would recall its ambassador from India.", "SANCTION"),
        ("The Norwegian government declared that it will cut diplomatic ties with India.", "SANCTION"),
        ("Norway announced it would expel two Indian diplomats.", "COERCE"),
        (
            "In a televised address, the minister announced that Norway would be suspending trade with India.",
            "SANCTION",
        ),
    ],
)
def test_events_modality_announced_decisions_are_done(text, etype):
    assert ({"NOR"}, {"IND"}) in sides(run(text), etype)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Norway said it will suspend trade with India.", "SANCTION"),
        ("Norway announced that it may suspend trade with India.", "SANCTION"),
        ("Norway announced that it would suspend trade with India if the talks failed.", "SANCTION"),
        ("Norway announced that it will not suspend trade with India.", "SANCTION"),
        ("Norway will announce next week that it will suspend trade with India.", "SANCTION"),
        ("Norway announced it could expel two Indian diplomats.", "COERCE"),
    ],
)
def test_events_modality_announced_possibilities_are_not_done(text, etype):
    assert not [a for a, r in sides(run(text), etype) if "NOR" in a and "IND" in r]
