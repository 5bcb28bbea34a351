"""A summons carries out what it is for: "Norway summoned India's ambassador to demand that India free the
crew", "to ask why India had ignored its warnings", "to convey its displeasure": the demand or the reproach is
made at the meeting the summons is, so the act is done in the mood of the summons (events.json
``aspectual_heads`` and ``purpose_means``: summon; ``fulfilled_purposes``: ask, demand, convey, express...), as
"sent two ministers to meet" is. A summons still to come or only planned leaves its purpose to come; an attack is
no purpose a meeting fulfils. Invented sentences, real states, no real people."""

from __future__ import annotations

import pytest

from test_events import sides
from test_events_two_states_kb import run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Norway summoned the Indian ambassador on Monday to ask why India had ignored its warnings.", "REQUEST"),
        ("Norway summoned India's ambassador to demand that India free the crew.", "REQUEST"),
        ("Norway summoned the Indian envoy to ask India to release the fishermen.", "REQUEST"),
        ("The Norwegian foreign ministry summoned the ambassador to demand that India return the ship.", "REQUEST"),
    ],
)
def test_events_modality_summons_purposes_are_done(text, etype):
    assert ({"NOR"}, {"IND"}) in sides(run(text), etype)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Norway will summon India's ambassador to demand that India free the crew.", "REQUEST"),
        ("Norway plans to summon the Indian envoy to ask India to release the fishermen.", "REQUEST"),
        ("Norway sent troops to attack Indian positions.", "ASSAULT"),
    ],
)
def test_events_modality_summons_purposes_to_come_are_not_done(text, etype):
    assert not [a for a, r in sides(run(text), etype) if "NOR" in a and "IND" in r]
