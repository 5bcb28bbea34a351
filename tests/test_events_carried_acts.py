"""A verb whose object is an event noun of its own type carries that act out ("la Norvège a adopté les sanctions de
l'Union européenne contre la Russie"): its recipients are the noun's, not the noun's author (events/carried.py); an
object noun of another type keeps its author as the target ("a condamné les frappes russes"). Invented sentences;
real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy model

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("nor", "Norway", "GPE", "NOR", None, "GOV", ["Norvège"]),
    ("che", "Switzerland", "GPE", "CHE", None, "GOV", ["Suisse"]),
    ("rus", "Russia", "GPE", "RUS", None, "GOV", ["Russie", "russes"]),
    ("blr", "Belarus", "GPE", "BLR", None, "GOV", ["Biélorussie"]),
    ("ukr", "Ukraine", "GPE", "UKR", None, "GOV", ["Ukraine"]),
    ("jpn", "Japan", "GPE", "JPN", None, "GOV", ["Japon"]),
    ("eu", "European Union", "ORG", "EU", None, "IGO", ["Union européenne"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "fr", KB)


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("La Norvège a adopté lundi les sanctions économiques de l'Union européenne contre la Russie.", "NOR", "RUS"),
        ("La Norvège a repris à son compte les sanctions de l'Union européenne contre la Biélorussie.", "NOR", "BLR"),
        ("La Suisse a adopté mardi les nouvelles sanctions de l'Union européenne contre la Biélorussie.", "CHE", "BLR"),
    ],
)
def test_events_carried_acts_take_the_nouns_target(text, actor, recipient):
    found = sides(run(text), "SANCTION")
    assert ({actor}, {recipient}) in found
    assert not any(a == {actor} and "EU" in r for a, r in found)


@pytest.mark.parametrize(
    "text, etype, actor, recipient",
    [
        # an object noun of another type: its author is the target
        ("Le Japon a condamné mardi les frappes russes contre l'Ukraine.", "ACCUSE", "JPN", "RUS"),
        ("La Norvège a rejeté lundi les sanctions de l'Union européenne contre la Russie.", "REJECT", "NOR", "EU"),
    ],
)
def test_events_carried_acts_other_types_keep_the_author(text, etype, actor, recipient):
    assert ({actor}, {recipient}) in sides(run(text), etype)
