"""Actors a passive clause leaves implicit but the sentence tells: captives released are released by whoever the
participle that qualifies them names ("hostages held by Hamas"); people killed during a protest are killed by the
authorities of the place. Invented sentences, French and English; real states and organisations."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("hamas", "Hamas", "ORG", "HAMAS", "PSE", "REB", ["Hamas"]),
    ("israel", "Israel", "GPE", "ISR", None, "GOV", ["Israël", "Israel", "israéliens", "Israeli"]),
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo"]),
    ("lome", "Lomé", "GPE", "TGO", None, None, ["Lomé"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Trois otages israéliens détenus par le Hamas ont été libérés lundi."),
        ("en", "Three Israeli hostages held by Hamas were released on Monday."),
    ],
)
def test_events_implicit_captives_are_released_by_their_holder(lang, text):
    assert ({"HAMAS"}, {"ISR"}) in sides(run(text, lang), "RETREAT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "À Lomé, au moins dix personnes ont été tuées lors des manifestations contre le pouvoir."),
        ("en", "In Lomé, at least ten people were killed during the protests against the government."),
    ],
)
def test_events_implicit_killings_in_a_protest_are_the_authorities(lang, text):
    assert ({"TGO"}, {"TGO"}) in sides(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "À Lomé, au moins dix personnes ont été tuées dans un accident de car."),
        ("en", "In Lomé, at least ten people were killed in a bus crash."),
    ],
)
def test_events_implicit_killings_without_a_protest_have_no_actor(lang, text):
    assert not sides(run(text, lang), "ASSAULT")
