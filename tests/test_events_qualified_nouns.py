"""A subject noun that names its party without a name ("the rebels", "le ministre de la Défense", "le royaume")
keeps that reading when a relative clause or an apposition that names other parties qualifies it ("the rebels,
who accused Kabila of betrayal, launched"): the clause is no part of the noun's own phrase. Invented sentences,
French and English; real states and groups."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("m23", "M23", "ORG", "M23", None, "REB", ["M23"]),
    ("drc", "DR Congo", "GPE", "COD", None, "GOV", ["RDC", "DRC", "Kinshasa"]),
    ("kabila", "Joseph Kabila", "PERSON", None, "COD", "GOV", ["Kabila"]),
    ("japan", "Japan", "GPE", "JPN", None, "GOV", ["Japon", "Japan"]),
    ("china", "China", "GPE", "CHN", None, "GOV", ["Chine", "China"]),
    ("usa", "United States", "GPE", "USA", None, "GOV", ["américain", "American"]),
]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The M23 seized a town in the DRC. The rebels, who accused Kabila of betrayal, attacked the army of "
            "the DRC on Monday.",
        ),
        (
            "fr",
            "Le M23 a pris une ville en RDC. Les rebelles, qui accusent Kabila de trahison, ont attaqué l'armée de "
            "la RDC lundi.",
        ),
    ],
)
def test_events_qualified_nouns_rebels_with_a_relative_clause(lang: str, text: str) -> None:
    assert ({"M23"}, {"COD"}) in sides(coded(text, lang, KB), "ASSAULT")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Japan faces pressure from China. The defence minister, who met the American president, criticised China.",
        ),
        (
            "fr",
            "Le Japon fait face à la Chine. Le ministre de la Défense, qui a rencontré le président américain, a "
            "critiqué la Chine.",
        ),
    ],
)
def test_events_qualified_nouns_an_office_with_a_relative_clause(lang: str, text: str) -> None:
    assert ({"JPN"}, {"CHN"}) in sides(coded(text, lang, KB), "ACCUSE")
