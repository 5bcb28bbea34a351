"""A crowd its nationality names ("Pakistani protesters", "Pakistan protesters", "des manifestants pakistanais",
"thousands of Iranian students") is a home crowd of that state, not the state itself: its protest without a
named target addresses that state's authorities, and a protest at one of the state's own buildings is no state
acting on itself. Invented sentences, French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("pakistan", "Pakistan", "GPE", "PAK", None, "GOV", ["Pakistan", "Pakistani", "pakistanais"]),
    ("islamabad", "Islamabad", "GPE", "PAK", None, None, ["Islamabad"]),
    ("iran", "Iran", "GPE", "IRN", None, "GOV", ["Iranian", "iraniens"]),
    ("tehran", "Tehran", "GPE", "IRN", None, None, ["Tehran", "Téhéran"]),
    ("paris", "Paris", "GPE", "FRA", None, None, ["Paris"]),
]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Pakistan farmers marched to the parliament building in Islamabad on Friday night."),
        ("en", "Pakistani protesters marched on the parliament in Islamabad on Wednesday."),
        ("en", "Thousands of Pakistani protesters rallied in Islamabad on Wednesday against the government."),
        ("fr", "Des manifestants pakistanais ont marché sur le parlement à Islamabad mercredi."),
        (
            "fr",
            "Des milliers de manifestants pakistanais se sont rassemblés mercredi à Islamabad contre le gouvernement.",
        ),
    ],
)
def test_events_crowds_a_national_crowd_protests_its_state(lang: str, text: str) -> None:
    assert ({"PAK"}, {"PAK"}) in sides(coded(text, lang, KB), "PROTEST")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Iranian students protested in Tehran on Sunday."),
        ("fr", "Des étudiants iraniens ont manifesté dimanche à Téhéran."),
    ],
)
def test_events_crowds_with_no_target_address_their_own_authorities(lang: str, text: str) -> None:
    assert ({"IRN"}, {"IRN"}) in sides(coded(text, lang, KB), "PROTEST")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Iranian students protested in Paris on Sunday."),
        ("fr", "Des étudiants iraniens ont manifesté dimanche à Paris."),
    ],
)
def test_events_crowds_abroad_keep_their_nationality(lang: str, text: str) -> None:
    # "des manifestants ukrainiens à Berlin" are Ukrainian in the dev gold (tests/test_events.py)
    assert ({"IRN"}, {"IRN"}) in sides(coded(text, lang, KB), "PROTEST")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Pakistani troops fired on the parliament in Islamabad on Wednesday."),
        ("fr", "Des soldats pakistanais ont tiré sur le parlement à Islamabad mercredi."),
    ],
)
def test_events_crowds_troops_are_no_crowd(lang: str, text: str) -> None:
    found = sides(coded(text, lang, KB), "ASSAULT")
    assert ({"PAK"}, {"PAK"}) not in found
