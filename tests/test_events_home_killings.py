"""Domestic acts, one state on both sides (the real-news golds' convention): people of the story's home state killed
by no one the text names ("the journalist was killed inside a police station", "au moins douze personnes ont été
tuées") are that state's act on its own; not when an agent is named, the sentence tells an attack, the victims are
soldiers or of another state, or the text tells a disaster. Invented sentences, French and English; real states,
invented people."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo", "togolais", "Togolese"]),
    ("lome", "Lomé", "GPE", "TGO", None, None, ["Lomé"]),
    ("ghana", "Ghana", "GPE", "GHA", None, "GOV", ["Ghana", "ghanéen", "Ghanaian"]),
    ("mensah", "Kofi Mensah", "PERSON", None, "TGO", "MED", ["Kofi Mensah", "Mensah"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The journalist Kofi Mensah was killed inside a police station in Lomé on Sunday."),
        ("en", "At least twelve protesters were killed in Lomé on Sunday, Togo's opposition said."),
        ("fr", "Au moins douze personnes ont été tuées dimanche à Lomé, selon l'opposition togolaise."),
        ("fr", "Le journaliste togolais Kofi Mensah a été assassiné mardi à Lomé."),
    ],
)
def test_events_home_killings_without_author_are_the_state_on_itself(lang, text):
    assert ({"TGO"}, {"TGO"}) in sides(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Twelve people were killed in an air strike on Lomé, Togo said."),
        ("en", "Kofi Mensah was killed by unknown gunmen in Lomé."),
        ("en", "Five Togolese soldiers were killed near the border with Ghana."),
        ("en", "Twelve Ghanaian traders were killed in Lomé on Sunday. Togo said it would investigate."),
        ("en", "A strong earthquake shook Togo on Sunday. Nine residents were killed in Lomé, an official said."),
        ("fr", "Un séisme a frappé le Togo dimanche. Au moins douze personnes ont été tuées à Lomé."),
    ],
)
def test_events_home_killings_with_an_author_attack_or_disaster_are_not(lang, text):
    assert ({"TGO"}, {"TGO"}) not in sides(run(text, lang), "ASSAULT")
