"""An attack noun whose own complement names the place it hits ("Israeli strikes in Lebanon", "Russian air raids in
Idlib", "Turkish drone strikes in northern Syria") is aimed at that place's state, as the verb is ("struck workshops
in Kharkiv"); before, a noun with no recipient was dropped, whatever place it named. A place told where another act
of the clause happens ("were condemned in Paris"), none, or the actors' own state give no target. Invented
sentences, English; real states and places."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("israel", "Israel", "GPE", "ISR", None, "GOV", ["Israel", "Israeli"]),
    ("lebanon", "Lebanon", "GPE", "LBN", None, "GOV", ["Lebanon"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russia", "Russian"]),
    ("idlib", "Idlib", "GPE", "SYR", None, None, ["Idlib"]),
    ("iran", "Iran", "GPE", "IRN", None, "GOV", ["Iran", "Iranian"]),
    ("balochistan", "Balochistan", "GPE", "PAK", None, None, ["Balochistan"]),
    ("turkey", "Turkey", "GPE", "TUR", None, "GOV", ["Turkey", "Turkish"]),
    ("syria", "Syria", "GPE", "SYR", None, "GOV", ["Syria"]),
    ("france", "France", "GPE", "FRA", None, "GOV", ["France"]),
    ("paris", "Paris", "GPE", "FRA", None, None, ["Paris"]),
    ("ankara", "Ankara", "GPE", "TUR", None, None, ["Ankara"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israeli strikes in Lebanon destroyed dozens of homes.", ({"ISR"}, {"LBN"})),
        ("Russian air raids in Idlib killed six civilians on Sunday.", ({"RUS"}, {"SYR"})),
        ("Iranian missile strikes in Balochistan a day earlier angered the government.", ({"IRN"}, {"PAK"})),
        ("Turkish drone strikes in northern Syria killed four fighters.", ({"TUR"}, {"SYR"})),
        ("Aid workers counted the damage after Israeli bombardments in Lebanon.", ({"ISR"}, {"LBN"})),
    ],
)
def test_events_placed_attack_nouns_aim_at_the_place(text, pair):
    assert pair in sides(run(text), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Israeli strikes were condemned in Paris on Monday.",  # where the condemnation is, not the strikes
        "Israeli strikes in the past have drawn little notice.",  # no place
        "Turkish strikes in Ankara closed the schools for a day.",  # the actors' own state: labour, not an attack
    ],
)
def test_events_placed_attack_nouns_need_a_place_of_their_own(text):
    found = sides(run(text), "ASSAULT")
    assert not [r for _, r in found if r & {"FRA", "TUR"}] and not [r for _, r in found if not r], found
