"""A relative clause the parser hangs on a place noun ("capital", "village", "town": events.json ``place_nouns``)
after a preposition under another noun qualifies that noun: "a mortar strike in a Yemeni town that left nine
guards dead" has the strike kill, so the place's state is no actor of the killing (issue 13, stop 38). A state named
on the act noun itself stays its author; a named state as the antecedent still acts ("sanctions on Russia, which
invaded Ukraine"), and so does a group that holds a place. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("yemen", "Yemen", "GPE", "YEM", None, "GOV", ["Yemen", "Yemeni"]),
    ("saudi", "Saudi Arabia", "GPE", "SAU", None, "GOV", ["Saudi Arabia", "Saudi"]),
    ("syria", "Syria", "GPE", "SYR", None, "GOV", ["Syria", "Syrian"]),
    ("ukraine", "Ukraine", "GPE", "UKR", None, "GOV", ["Ukraine", "Ukrainian"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russia", "Russian"]),
    ("iraq", "Iraq", "GPE", "IRQ", None, "GOV", ["Iraq", "Iraqi"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    "text, place",
    [
        ("A mortar strike in a Yemeni town that wounded nine guards was an error, the coalition said.", "YEM"),
        ("A raid on a Syrian village that killed four farmers drew angry protests.", "SYR"),
        ("A shelling of the Ukrainian town that wounded ten people was condemned abroad.", "UKR"),
        ("A car bomb in an Iraqi city that killed six soldiers was claimed by nobody.", "IRQ"),
        ("A night raid on a Syrian district that killed three nurses shocked the region.", "SYR"),
    ],
)
def test_events_place_antecedents_do_not_act(text, place):
    assert not any(place in a for a, _ in sides(run(text), "ASSAULT"))


@pytest.mark.parametrize(
    "text, pair",
    [
        # the author named on the act noun itself
        ("A Saudi air strike on a Yemeni village that killed nine civilians drew protests.", ({"SAU"}, {"YEM"})),
        # a named state as the antecedent acts
        ("The sanctions on Russia, which invaded Ukraine in 2022, were extended.", ({"RUS"}, {"UKR"})),
    ],
)
def test_events_place_antecedents_near_misses(text, pair):
    assert pair in sides(run(text), "ASSAULT")
