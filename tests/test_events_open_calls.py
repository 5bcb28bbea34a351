"""A French call for a mutual act or its end that names no one to do it (« a appelé à un cessez-le-feu », « réclame
l'arrêt des hostilités ») is a request with no recipient, as the real-news golds code it, where a request with none
was dropped (`events.open_calls`, events.json ``open_call_types``). A call that names its addressee keeps it; a call
for something that is no mutual act stays unread. Invented sentences; real bodies."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("guinee", "Guinée", "GPE", "GIN", None, "GOV", ["Guinée"]),
    ("ua", "Union africaine", "ORG", "AU", None, "IGO", ["Union africaine"]),
]


@pytest.mark.parametrize(
    "text",
    [
        "L'Union africaine réclame l'arrêt des hostilités.",
        "L'Union africaine demande la fin des combats.",
        "L'Union africaine a appelé à un cessez-le-feu immédiat en Guinée.",
    ],
)
def test_events_open_calls_request_no_one(text):
    assert ({"AU"}, set()) in sides(coded(text, "fr", KB), "REQUEST")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'Union africaine a appelé la Guinée à un cessez-le-feu.", [({"AU"}, {"GIN"})]),
        ("L'Union africaine a appelé à la retenue.", []),
    ],
)
def test_events_open_calls_named_addressee_or_no_mutual_act(text, expected):
    assert sides(coded(text, "fr", KB), "REQUEST") == expected
