"""A crowd of protesters that storms, overruns or overwhelms a building or the police protests (PROTEST, one
state on both sides as the real-news golds code a home crowd against its authorities), where troops, rebels or
gunmen doing the same assault and police doing it coerce. English lexicon rows (events.tsv ``subj=`` conditions);
invented sentences, real states and places, no real people."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo"]),
    ("lome", "Lomé", "GPE", "TGO", None, None, ["Lomé"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of protesters stormed the legislature in Lomé on Sunday.",
        "Demonstrators in Lomé overran the police and blocked the main roads.",
        "Angry demonstrators overwhelmed the police in Lomé on Friday.",
        "Rioters stormed the national assembly in Lomé.",
        "Protesters in Lomé stormed the parliament building and set fire to offices.",
        "A crowd of protesters overran a police station in Lomé.",
    ],
)
def test_events_crowd_assaults_are_protests(text):
    assert ({"TGO"}, {"TGO"}) in sides(run(text), "PROTEST")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels overran an army base near Lomé.",
        "Troops stormed the rebel camp outside Lomé.",
        "Gunmen stormed a hotel in Lomé on Tuesday.",
        "Police stormed the offices of a newspaper in Lomé.",
    ],
)
def test_events_crowd_assaults_by_armed_men_are_no_protests(text):
    assert not sides(run(text), "PROTEST")
