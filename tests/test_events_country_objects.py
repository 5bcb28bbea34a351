"""The words "the country" (a definite or demonstrative country noun, no name of its own) as the object of an act
name the state the text told of last, other than the actors' own: not a state named inside the charge after it ("of a
plot with X", "for the flooding of X's valleys") nor in an adjunct (issue 13, stop 38). A state named as the object,
and "the country" an actor's troops leave, stay as before. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("chile", "Chile", "GPE", "CHL", None, "GOV", ["Chile", "Chilean"]),
    ("peru", "Peru", "GPE", "PER", None, "GOV", ["Peru", "Peruvian"]),
    ("bolivia", "Bolivia", "GPE", "BOL", None, "GOV", ["Bolivia", "Bolivian"]),
    ("lima", "Lima", "GPE", "PER", None, "GOV", ["Lima"]),
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["Mali", "Malian"]),
    ("france", "France", "GPE", "FRA", None, "GOV", ["France", "French"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    "text, etype",
    [
        (
            "Peru recalled its envoy from Chile on Monday. Lima accused the country of conspiring with Bolivia.",
            "ACCUSE",
        ),
        (
            "Chile seized two Peruvian trawlers. Peru accused the country of acting on behalf of Bolivian firms.",
            "ACCUSE",
        ),
        ("Peru recalled its envoy from Chile. Lima blamed the country for the flooding of Bolivian valleys.", "ACCUSE"),
        (
            "Chile shut its border with Peru. Lima accused the country of a plot with Bolivia against its farmers.",
            "ACCUSE",
        ),
        (
            "Chile has expelled three Peruvian diplomats. Peru warned the country against any deal with Bolivia.",
            "THREATEN",
        ),
        ("Chile expelled two Peruvian diplomats. Peru accused this country of spying for Bolivia.", "ACCUSE"),
    ],
)
def test_events_country_objects_name_the_state_told_of_last(text, etype):
    found = sides(run(text), etype)
    assert ({"PER"}, {"CHL"}) in found and not any("BOL" in r for _, r in found)


@pytest.mark.parametrize(
    "text, etype, pair",
    [
        # a state named as the object stays the recipient
        (
            "Peru recalled its envoy from Chile on Monday. Lima accused Bolivia of arming the rebels.",
            "ACCUSE",
            ({"PER"}, {"BOL"}),
        ),
        # "the country" troops leave: not the actors' own state
        (
            "Mali ordered French troops out in May. French soldiers have left the country.",
            "RETREAT",
            ({"FRA"}, {"MLI"}),
        ),
        ("French soldiers have left the country, the Malian government said.", "RETREAT", ({"FRA"}, {"MLI"})),
    ],
)
def test_events_country_objects_near_misses(text, etype, pair):
    assert pair in sides(run(text), etype)
