"""The unnamed authorities of an agentless arrest or detention are of the place the sentence names nearest the people
held, when no place is told as where it happens ("in Santiago" still comes first): not of the first state the
sentence names by code, often the one that asks for their release ("Canada urged Saudi Arabia to free the activists
who had been detained": Saudi authorities). A crowd or officials named without a state keep the sentence's first
state (issue 13, stop 38: the nearest place gave a crowd before a consulate the consulate's state). Invented
sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("canada", "Canada", "GPE", "CAN", None, "GOV", ["Canada", "Canadian"]),
    ("ottawa", "Ottawa", "GPE", "CAN", None, "GOV", ["Ottawa"]),
    ("saudi", "Saudi Arabia", "GPE", "SAU", None, "GOV", ["Saudi Arabia", "Saudi"]),
    ("riyadh", "Riyadh", "GPE", "SAU", None, "GOV", ["Riyadh"]),
    ("poland", "Poland", "GPE", "POL", None, "GOV", ["Poland", "Polish"]),
    ("belarus", "Belarus", "GPE", "BLR", None, "GOV", ["Belarus", "Belarusian"]),
    ("austria", "Austria", "GPE", "AUT", None, "GOV", ["Austria", "Austrian"]),
    ("hungary", "Hungary", "GPE", "HUN", None, "GOV", ["Hungary", "Hungarian"]),
    ("germany", "Germany", "GPE", "DEU", None, "GOV", ["Germany", "German"]),
    ("turkey", "Turkey", "GPE", "TUR", None, "GOV", ["Turkey", "Turkish"]),
    ("chile", "Chile", "GPE", "CHL", None, "GOV", ["Chile", "Chilean"]),
    ("santiago", "Santiago", "GPE", "CHL", None, "GOV", ["Santiago"]),
    ("peru", "Peru", "GPE", "PER", None, "GOV", ["Peru", "Peruvian"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russia", "Russian"]),
    ("ukraine", "Ukraine", "GPE", "UKR", None, "GOV", ["Ukraine", "Ukrainian"]),
    ("putin", "Vladimir Putin", "PERSON", None, "RUS", "GOV", ["Vladimir Putin", "Putin"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    "text, state",
    [
        ("Canada urged Saudi Arabia to free the activists who had been detained.", "SAU"),
        ("Ottawa urged Riyadh to release the Saudi activists who had been arrested.", "SAU"),
        ("Austria urged Hungary to free the students who had been arrested.", "HUN"),
    ],
)
def test_events_group_places_nearest_state(text, state):
    found = sides(run(text), "COERCE")
    assert found and all(a == {state} for a, _ in found)


@pytest.mark.parametrize(
    "text, etype, pair",
    [
        # a place told as where it happens comes first
        ("Dozens of protesters were detained in Santiago, Peru said.", "COERCE", ({"CHL"}, {"CHL"})),
        # officials met by a leader are of his state, not of the state named nearest them
        (
            "Russia said it could withstand the sanctions over its invasion of neighbouring Ukraine, as Putin met"
            " officials.",
            "CONSULT",
            ({"RUS"}, {"RUS"}),
        ),
    ],
)
def test_events_group_places_near_misses(text, etype, pair):
    assert pair in sides(run(text), etype)
