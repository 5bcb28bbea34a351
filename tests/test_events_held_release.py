"""The release of people a participle says someone holds ("la libération de onze de ses citoyens retenus par X") is
that holder's act, on the people's state (events/captives.py); a release whose people no one is said to hold, or
whose author the phrase names itself, is read as before. Invented sentences; real states and groups."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy model

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("tha", "Thailand", "GPE", "THA", None, "GOV", ["Thaïlande", "Bangkok"]),
    ("jpn", "Japan", "GPE", "JPN", None, "GOV", ["Japon"]),
    ("prk", "North Korea", "GPE", "PRK", None, "GOV", ["Corée du Nord"]),
    ("mli", "Mali", "GPE", "MLI", None, "GOV", ["Mali"]),
    ("hamas", "Hamas", "ORG", "HAMAS", None, "REB", ["Hamas"]),
    ("jnim", "JNIM", "ORG", "JNIM", None, "REB", ["JNIM"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "fr", KB)


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        (
            "La Thaïlande a annoncé lundi la libération de onze de ses citoyens détenus par le Hamas.",
            "HAMAS",
            "THA",
        ),
        (
            "La Thaïlande a confirmé lundi la libération de 9 de ses soldats détenus par le Hamas.",
            "HAMAS",
            "THA",
        ),
        ("Le Japon a confirmé mardi la libération de son ressortissant détenu par la Corée du Nord.", "PRK", "JPN"),
        ("Le Mali a annoncé jeudi la libération de ses deux soldats détenus par le JNIM.", "JNIM", "MLI"),
    ],
)
def test_events_held_release_is_the_holders(text, actor, recipient):
    found = sides(run(text), "RETREAT")
    assert ({actor}, {recipient}) in found
    assert not any(recipient in a for a, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        # no one said to hold them: the release is not given to anyone named
        "La Thaïlande a annoncé lundi la libération de onze de ses citoyens.",
        # held somewhere, by no one named
        "Le Mali a annoncé jeudi la libération de vingt prisonniers détenus à Bamako.",
    ],
)
def test_events_held_release_needs_a_holder(text):
    assert not any("HAMAS" in a or "JNIM" in a for a, _ in sides(run(text), "RETREAT"))
