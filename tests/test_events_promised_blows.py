"""A promise or a vow of a hostile act is a threat (THREATEN): its object an attack noun ("vowed a new offensive
against Norway", « a promis une nouvelle offensive contre Israël ») or its infinitive a verb of striking or revenge
(« a promis de se venger d'Israël », « a juré de riposter », "pledged to strike Norway"). Lexicon rows (events.tsv
``obj=``, ``prep=``). Near misses: a promise of help, of money or of building is no threat. Issue 13, stop 42;
invented sentences written before Veille's output on the class was read; real states, no real people."""

from __future__ import annotations

import pytest

from test_events import sides
from test_events_french_groups_kb import sides as fr_sides
from test_events_two_states_kb import run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "text",
    [
        "India vowed a new offensive against Norway.",
        "India promised fresh strikes on Norway after the raid.",
        "India pledged to strike Norway if the blockade continued.",
        pytest.param(
            "India has vowed to hit back at Norway.",
            marks=pytest.mark.xfail(strict=True, reason="NOT_YET: no reading of 'hit back at'"),
        ),
        "India promised a harsh military response to Norway.",
    ],
)
def test_events_promised_blows_are_threats_en(text):
    assert ({"IND"}, {"NOR"}) in sides(run(text), "THREATEN")


@pytest.mark.parametrize(
    "text",
    [
        "L'Iran a promis de se venger d'Israël.",
        "L'Iran a promis une nouvelle offensive contre Israël.",
        "L'Iran a juré de riposter contre Israël.",
        "L'Iran a promis de frapper Israël en cas de nouvelle attaque.",
        "L'Iran a juré de punir Israël pour ce raid.",
    ],
)
def test_events_promised_blows_are_threats_fr(text):
    assert ({"IRN"}, {"ISR"}) in fr_sides(text, "THREATEN")


@pytest.mark.parametrize(
    "text",
    [
        "India promised new investment in Norway.",
        "India vowed to help Norway after the floods.",
        "India pledged to build two schools in Norway.",
    ],
)
def test_events_promised_help_is_no_threat_en(text):
    assert not [a for a, r in sides(run(text), "THREATEN") if "IND" in a]


@pytest.mark.parametrize(
    "text",
    [
        "L'Iran a promis une aide au Liban.",
        "L'Iran a juré de reconstruire les écoles du Liban.",
    ],
)
def test_events_promised_help_is_no_threat_fr(text):
    assert not [a for a, r in fr_sides(text, "THREATEN") if "IRN" in a]
