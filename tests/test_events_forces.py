"""Movements of forces told by a noun: the state of the forces its genitive names is the actor ("le retrait des
troupes françaises du Mali", "the withdrawal of US forces from Afghanistan"), the state they leave the recipient;
military exercises "of" a state are that state's. Invented sentences, French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("france", "France", "GPE", "FRA", None, "GOV", ["France", "françaises", "French"]),
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["Mali"]),
    ("usa", "United States", "GPE", "USA", None, "GOV", ["US", "États-Unis", "United States"]),
    ("kor", "South Korea", "GPE", "KOR", None, "GOV", ["South Korea", "Corée du Sud"]),
    ("prk", "North Korea", "GPE", "PRK", None, "GOV", ["North Korea", "Corée du Nord"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le retrait des troupes françaises du Mali s'est achevé lundi."),
        ("en", "The withdrawal of French troops from Mali was completed on Monday."),
    ],
)
def test_events_forces_withdrawn_act_for_their_state(lang, text):
    assert ({"FRA"}, {"MLI"}) in sides(run(text, lang), "RETREAT")


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "fr",
            "La Corée du Nord a dénoncé jeudi les manoeuvres militaires des États-Unis et de la Corée du Sud.",
        ),
        ("en", "North Korea on Thursday denounced the military exercises of the United States and South Korea."),
    ],
)
def test_events_forces_exercises_of_states_are_theirs(lang, text):
    found = [s for s in sides(run(text, lang), "MOBILIZE") if s[0]]
    assert found and all(s[0] <= {"USA", "KOR"} for s in found)
