"""A building or body named by several words after a locative preposition ("at the White House", "inside the Casa
Rosada") is where an act happens, not a side of it, as a one-word place after the preposition already was ("at the
Kremlin"): the preposition hangs on the name's last word, and every word of the mention is read with it (issue 13,
stop 38). Named as the subject, the object or with "with", the same building stands for its state. Invented
sentences; real states and buildings."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("chile", "Chile", "GPE", "CHL", None, "GOV", ["Chile", "Chilean"]),
    ("peru", "Peru", "GPE", "PER", None, "GOV", ["Peru", "Peruvian"]),
    ("white_house", "White House", "ORG", "USA", None, "GOV", ["White House"]),
    ("elysee", "Elysee Palace", "ORG", "FRA", None, "GOV", ["Elysee Palace"]),
    ("casa_rosada", "Casa Rosada", "ORG", "ARG", None, "GOV", ["Casa Rosada"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    "text, etype, venue",
    [
        ("Chile and Peru signed a fisheries accord at the White House on Tuesday.", "AGREE", "USA"),
        ("A fisheries accord was signed by Chile and Peru at the White House.", "AGREE", "USA"),
        ("Chile signed a fishing pact with Peru at the White House on Tuesday.", "AGREE", "USA"),
        ("The foreign ministers of Chile and Peru held talks at the Elysee Palace last week.", "CONSULT", "FRA"),
        ("Chile met Peru inside the Casa Rosada to settle the quarrel over the river.", "CONSULT", "ARG"),
        ("Chile and Peru agreed at the Casa Rosada to reopen the mountain pass.", "AGREE", "ARG"),
    ],
)
def test_events_venue_buildings_are_no_side(text, etype, venue):
    found = sides(run(text), etype)
    assert found and all(venue not in a | r for a, r in found)


@pytest.mark.parametrize(
    "text, etype, pair",
    [
        # the building as the subject, the object or the partner: its state acts or is acted on
        ("The White House condemned Peru on Tuesday.", "ACCUSE", ({"USA"}, {"PER"})),
        ("Chile signed a fishing pact with the White House on Tuesday.", "AGREE", ({"CHL"}, {"USA"})),
        ("Chile urged the White House to lift its ban on fishing boats.", "REQUEST", ({"CHL"}, {"USA"})),
    ],
)
def test_events_buildings_named_as_parties_stay_sides(text, etype, pair):
    assert pair in sides(run(text), etype)
