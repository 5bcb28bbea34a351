"""Domestic acts, one state on both sides (the real-news golds' convention: protesters against their authorities):
a protest noun that a word of sequel or cause governs happened, a crowd's of the place ("following widespread
protests", "à la suite de manifestations"); a month's capitalised name is no protest ("in March"). Invented
sentences, French and English; real states, invented people."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo"]),
    ("lome", "Lomé", "GPE", "TGO", None, None, ["Lomé"]),
    ("mensah", "Kofi Mensah", "PERSON", None, "TGO", "GOV", ["Kofi Mensah", "Mensah"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "President Kofi Mensah left Lomé on Sunday following widespread protests that ended his rule."),
        ("en", "The shooting in Lomé on Sunday prompted angry protests."),
        ("fr", "Le président Kofi Mensah a quitté Lomé dimanche à la suite de manifestations massives."),
    ],
)
def test_events_domestic_protest_told_as_a_sequel_happened(lang, text):
    assert ({"TGO"}, {"TGO"}) in sides(run(text, lang), "PROTEST")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "President Kofi Mensah spoke about protests in Lomé on Sunday."),
        ("en", "The ministers met in Lomé in March to prepare the budget."),
        ("en", "The ministers said March had been calm in Lomé."),
        ("fr", "Le président Kofi Mensah a parlé des manifestations à Lomé dimanche."),
    ],
)
def test_events_domestic_protest_named_otherwise_is_no_event(lang, text):
    assert not sides(run(text, lang), "PROTEST")


def test_events_domestic_a_lower_case_march_is_still_a_protest():
    assert ({"TGO"}, {"TGO"}) in sides(run("The ministers said the march had been calm in Lomé.", "en"), "PROTEST")
