"""A crowd gathered at a foreign state's body: "devant l'ambassade de Russie à Paris", "outside the Moroccan
consulate in Montreal". The crowd is of the host's country (the state that owns the body is named there, it is
not where things happen) and its protest is aimed at the body's state, not at the host's authorities. Invented
sentences, French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russie", "Russia"]),
    ("egypt", "Egypt", "GPE", "EGY", None, "GOV", ["Égypte", "Egypt"]),
    ("paris", "Paris", "GPE", "FRA", None, None, ["Paris"]),
    ("berlin", "Berlin", "GPE", "DEU", None, None, ["Berlin"]),
    ("montreal", "Montréal", "GPE", "CAN", None, None, ["Montréal", "Montreal"]),
    (
        "emb-rus",
        "Embassy of Russia",
        "ORG",
        "RUS",
        "RUS",
        "GOV",
        ["ambassade de Russie", "Russian embassy", "embassy of Russia"],
    ),
    ("cons-egy", "Consulate of Egypt", "ORG", "EGY", "EGY", "GOV", ["consulat d'Égypte", "Egyptian consulate"]),
    ("morocco", "Morocco", "GPE", "MAR", None, "GOV", ["Maroc", "Morocco"]),
    ("cons-mar", "Consulate of Morocco", "ORG", "MAR", "MAR", "GOV", ["consulat du Maroc", "Moroccan consulate"]),
]


@pytest.mark.parametrize(
    ("lang", "text", "host", "owner"),
    [
        ("fr", "Des centaines de manifestants ont défilé devant l'ambassade de Russie à Paris dimanche.", "FRA", "RUS"),
        (
            "fr",
            "Un rassemblement de soutien a eu lieu mardi soir devant le consulat du Maroc à Montréal.",
            "CAN",
            "MAR",
        ),
        (
            "fr",
            "Devant l'ambassade de Russie à Berlin, des milliers de manifestants ont protesté dimanche.",
            "DEU",
            "RUS",
        ),
        ("en", "Hundreds of protesters marched outside the Russian embassy in Paris on Sunday.", "FRA", "RUS"),
        ("en", "A protest took place outside the Moroccan consulate in Montreal on Saturday.", "CAN", "MAR"),
        ("en", "Protesters rallied in front of the embassy of Russia in Berlin on Sunday.", "DEU", "RUS"),
    ],
)
def test_events_foreign_bodies_a_crowd_at_a_foreign_body_protests_its_state(
    lang: str, text: str, host: str, owner: str
) -> None:
    found = sides(coded(text, lang, KB), "PROTEST")
    assert ({host}, {owner}) in found
    assert all(a != {owner} for a, _ in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Des centaines de manifestants ont défilé dimanche à Paris contre la réforme des retraites."),
        ("en", "Hundreds of protesters marched in Paris on Sunday against the pension reform."),
    ],
)
def test_events_foreign_bodies_a_crowd_with_no_foreign_body_addresses_its_authorities(lang: str, text: str) -> None:
    assert ({"FRA"}, {"FRA"}) in sides(coded(text, lang, KB), "PROTEST")
