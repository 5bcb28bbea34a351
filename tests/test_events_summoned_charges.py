"""A French chargé d'affaires is an envoy (events.json ``envoy_nouns``): summoned with no one named summoning, the
state that hosts them summons them (« le chargé d'affaires russe a été convoqué au ministère japonais »), as an
ambassador (analysis/events/summoned.py). Near misses: a chargé d'affaires posted nowhere named; one summoned by
a named state. Invented sentences; real states, no real people."""

from __future__ import annotations

import pytest

import test_events_trigger_paradigms as paradigms
from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "text",
    [
        "Le chargé d'affaires de Russie au Japon a été convoqué lundi.",
        "Le chargé d'affaires de Russie à Tokyo a été convoqué mardi.",
        "Le chargé d'affaires russe au Japon fut convoqué samedi au ministère.",
    ],
)
def test_events_summoned_charges_host(text):
    found = coded(text, "fr", paradigms.KB)
    assert ({"JPN"}, {"RUS"}) in sides(found, "CONSULT"), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le chargé d'affaires russe a été convoqué lundi.", []),
        ("La Chine a convoqué le chargé d'affaires russe au Japon.", [({"CHN"}, {"RUS"})]),
    ],
)
def test_events_summoned_charges_near_misses(text, expected):
    found = coded(text, "fr", paradigms.KB)
    assert [s for s in sides(found, "CONSULT") if s[0]] == expected, found
