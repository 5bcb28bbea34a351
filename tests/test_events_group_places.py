"""People and forces named without a state ("the activists", "dozens of protesters", "police") and the unnamed
authorities of an agentless arrest are of the place the sentence names nearest them, when no place is told as where
it happens ("in Santiago" still comes first): not of the first state the sentence names, which is often the one that
protests or asks ("Canada urged Saudi Arabia to free the activists who had been detained": Saudi authorities and
activists). Officials keep the sentence's first state: a leader's partners ("Putin met officials") are of his state
(issue 13, stop 38). Invented sentences; real states."""

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
        ("Poland condemned the crackdown after Belarusian police detained dozens of protesters.", "BLR"),
        ("Austria urged Hungary to free the students who had been arrested.", "HUN"),
        ("Germany criticised Turkey after dozens of Kurdish students were detained by police.", "TUR"),
    ],
)
def test_events_group_places_nearest_state(text, state):
    found = sides(run(text), "COERCE")
    assert ({state}, {state}) in found and len(found) == 1


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
