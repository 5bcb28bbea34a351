"""Domestic acts, one state on both sides (the real-news golds' convention): a demand of the story's own people that
names no one to answer it ("demonstrators called for a recount", "le maire de Kara a exigé la fin des expulsions")
is addressed to the authorities of their state; not a call to protest, nor a demand of the state itself or of its
capital, which stands for its government. Invented sentences, French and English; real states and places, invented
people."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms): the capital under its knowledge-base id
KB = [
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo", "togolais", "Togolese"]),
    ("kb:city:lome", "Lomé", "GPE", "TGO", None, None, ["Lomé"]),
    ("kara", "Kara", "GPE", "TGO", None, None, ["Kara"]),
    ("ghana", "Ghana", "GPE", "GHA", None, "GOV", ["Ghana", "ghanéen", "Ghanaian"]),
    ("mensah", "Kofi Mensah", "PERSON", None, "TGO", "GOV", ["Kofi Mensah", "Mensah"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Demonstrators in Togo called for a recount of the votes on Sunday."),
        ("en", "Kara demanded an end to the raids in Lomé."),
        ("fr", "Le maire de Kara a exigé la fin des expulsions au Togo."),
        ("fr", "Des manifestants ont réclamé dimanche la démission du président Kofi Mensah au Togo."),
    ],
)
def test_events_home_claims_are_addressed_to_the_authorities(lang, text):
    assert ({"TGO"}, {"TGO"}) in sides(run(text, lang), "REQUEST")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Opposition leaders in Togo called for protests on Monday."),
        ("en", "Lomé demanded an end to the raids in Kara."),
        ("en", "Togo called for an end to the raids in Kara."),
        ("en", "Togo called for calm on Sunday."),
        ("fr", "Au Togo, les opposants appellent à manifester lundi."),
    ],
)
def test_events_home_claims_of_the_state_or_calls_to_protest_are_not(lang, text):
    assert ({"TGO"}, {"TGO"}) not in sides(run(text, lang), "REQUEST")
