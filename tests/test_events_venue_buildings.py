"""A seat of power named by several words after a locative preposition ("at the White House", "inside the Blue
House": kb/places.tsv kind ``seat``) is where an act happens, not a side of it, as a one-word seat or a city after
the preposition already was ("at the Kremlin"): the preposition hangs on the name's last word, and every word of the
mention is read with it (issue 13, stop 38). Named as the subject, the object or with "with", the same building
stands for its state; a body that is no seat after "at" stays the target ("fired at the Coast Guard", "lashed out at
the European Union"). Invented sentences; real states and buildings."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("chile", "Chile", "GPE", "CHL", None, "GOV", ["Chile", "Chilean"]),
    ("peru", "Peru", "GPE", "PER", None, "GOV", ["Peru", "Peruvian"]),
    ("kb:seat:white-house", "White House", "ORG", "USA", None, "GOV", ["White House"]),
    ("kb:seat:downing-street", "Downing Street", "ORG", "GBR", None, "GOV", ["Downing Street"]),
    ("kb:seat:blue-house", "Blue House", "ORG", "KOR", None, "GOV", ["Blue House"]),
    ("kb:org:EU", "European Union", "ORG", "EU", None, "IGO", ["European Union"]),
    ("coast_guard", "Philippine Coast Guard", "ORG", "PHL", None, "MIL", ["Philippine Coast Guard"]),
    ("china", "China", "GPE", "CHN", None, "GOV", ["China", "Chinese"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    "text, etype, venue",
    [
        ("Chile and Peru signed a fisheries accord at the White House last month.", "AGREE", "USA"),
        ("A fisheries accord was signed by Chile and Peru at the White House.", "AGREE", "USA"),
        ("Chile signed a fishing pact with Peru at the White House last month.", "AGREE", "USA"),
        ("The foreign ministers of Chile and Peru held talks at Downing Street last week.", "CONSULT", "GBR"),
        ("Chile met Peru inside the Blue House to settle the quarrel over the river.", "CONSULT", "KOR"),
        ("Chile and Peru agreed at the Blue House to reopen the mountain pass.", "AGREE", "KOR"),
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
        ("Chile signed a fishing pact with the White House last month.", "AGREE", ({"CHL"}, {"USA"})),
        ("Chile urged the White House to lift its ban on fishing boats.", "REQUEST", ({"CHL"}, {"USA"})),
        # a body that is no seat of power after "at": the target
        ("Chinese ships fired water cannon at the Philippine Coast Guard on Monday.", "COERCE", ({"CHN"}, {"PHL"})),
        ("Peru lashed out at the European Union on Monday.", "ACCUSE", ({"PER"}, {"EU"})),
    ],
)
def test_events_buildings_named_as_parties_stay_sides(text, etype, pair):
    assert pair in sides(run(text), etype)
