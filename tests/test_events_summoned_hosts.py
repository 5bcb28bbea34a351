"""An envoy summoned with no one named summoning is summoned by the state that hosts them: the state of the place
their phrase posts them at ("the Russian ambassador to Japan was summoned", « l'ambassadeur de Russie au Japon a
été convoqué »), at the envoy's state (CONSULT: analysis/events/summoned.py). Near misses: an envoy posted nowhere
named, a summons whose actor is named, an envoy called home. Invented sentences; real states, no real people."""

from __future__ import annotations

import pytest

import test_events_trigger_paradigms as paradigms
from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Russian ambassador to Japan was summoned on Monday."),
        ("en", "The Russian envoy in Tokyo was summoned on Monday after the incursion."),
        ("fr", "L'ambassadeur de Russie au Japon a été convoqué lundi."),
        ("fr", "L'ambassadeur russe à Tokyo est convoqué ce lundi."),
    ],
)
def test_events_summoned_hosts_summon(lang, text):
    found = coded(text, lang, paradigms.KB)
    assert ({"JPN"}, {"RUS"}) in sides(found, "CONSULT"), found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The Russian ambassador was summoned on Monday.", []),
        ("fr", "L'ambassadeur russe a été convoqué lundi.", []),
        ("en", "China summoned the Russian ambassador to Japan on Monday.", [({"CHN"}, {"RUS"})]),
        ("fr", "L'ambassadeur de Russie au Japon a été convoqué à Moscou pour consultations.", []),
    ],
)
def test_events_summoned_hosts_near_misses(lang, text, expected):
    found = coded(text, lang, paradigms.KB)
    assert [s for s in sides(found, "CONSULT") if s[0]] == expected, found
