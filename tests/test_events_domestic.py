"""Domestic acts, one state on both sides (the real-news golds' convention: protesters against their authorities):
a protest noun that a word of sequel or cause governs happened, a crowd's of the place ("following widespread
protests", "à la suite de manifestations"); a month's capitalised name is no protest ("in March"); the scene of an
act whose segment names several states with no locative is the first named, not the first code in alphabetical
order. Invented sentences, French and English; real states, invented people."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo"]),
    ("lome", "Lomé", "GPE", "TGO", None, None, ["Lomé"]),
    ("mensah", "Kofi Mensah", "PERSON", None, "TGO", "GOV", ["Kofi Mensah", "Mensah"]),
    ("ghana", "Ghana", "GPE", "GHA", None, "GOV", ["Ghana"]),
    ("accra", "Accra", "GPE", "GHA", None, None, ["Accra"]),
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


@pytest.mark.parametrize(
    "lang,text,state",
    [
        ("en", "Togo froze trade with Ghana after Accra urged it to free the activists that had been detained.", "TGO"),
        ("en", "Ghana froze trade with Togo after Lomé urged it to free the activists that had been detained.", "GHA"),
        (
            "fr",
            "Le Togo a gelé ses échanges avec le Ghana après qu'Accra a exigé la libération des militants qui "
            "avaient été arrêtés.",
            "TGO",
        ),
        # a locative place still comes first
        (
            "en",
            "Togo froze trade with Ghana after Accra urged it to free the activists that had been detained in Ghana.",
            "GHA",
        ),
    ],
)
def test_events_domestic_agentless_arrest_is_by_the_first_named_state(lang, text, state):
    assert ({state}, {state}) in sides(run(text, lang), "COERCE")
