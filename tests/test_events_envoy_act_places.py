"""A state's summons or expulsion of a foreign envoy it hosts happens at home, in its capital (``kb/capitals.tsv``,
analysis/events/posted.py), as the real-news golds place them: the envoy's post named only as the state, a place
of the topic abroad, or no place at all give way to the capital. Near misses: a city of the acting state named in
the clause stands; a deportation with no envoy is placed as read. Invented sentences; real
states, no real people."""

from __future__ import annotations

import pytest

import test_events_trigger_paradigms as paradigms
from test_events import coded
from veille.analysis.events import is_realised

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


def places(text: str, lang: str, etype: str) -> list[str | None]:
    """The place name of each realised event of ``etype`` coded in ``text``."""
    found = coded(text, lang, paradigms.KB)
    return [(e.get("location") or {}).get("name") for e in found if e["type"] == etype and is_realised(e)]


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("fr", "L'ambassadeur de Russie au Japon a été convoqué lundi.", "CONSULT"),
        ("en", "Japan summoned the Russian ambassador on Monday over a protest held in Moscow.", "CONSULT"),
        ("fr", "Le Japon a expulsé mardi deux diplomates russes.", "COERCE"),
        ("en", "Japan expelled two Russian diplomats on Friday.", "COERCE"),
        ("fr", "Le Japon a invité le diplomate russe à quitter le territoire sous 48 heures.", "COERCE"),
    ],
)
def test_events_envoy_act_places_capital(lang, text, etype):
    assert places(text, lang, etype) == ["Tokyo"]


@pytest.mark.parametrize(
    ("lang", "text", "etype", "expected"),
    [
        ("fr", "Le Japon a convoqué mardi à Tokyo l'ambassadeur russe.", "CONSULT", ["Tokyo"]),
        ("en", "Japan summoned the Russian ambassador in Tokyo on Monday.", "CONSULT", ["Tokyo"]),
    ],
)
def test_events_envoy_act_places_near_misses(lang, text, etype, expected):
    assert places(text, lang, etype) == expected


def test_events_envoy_act_places_no_envoy():
    assert "Tokyo" not in places("Japan deported two Ukrainian nationals on Friday.", "en", "COERCE")
