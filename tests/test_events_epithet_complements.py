"""A state named by a common epithet as the complement of an act ("the withdrawal of German forces from the
country", "l'invasion allemande du pays", "the German invasion of the country") is the last state the
text named before it other than the actors' own; none with no determiner ("a country") or no other state named.
Invented events; real states; French and English."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    (
        "germany",
        "Germany",
        "GPE",
        "DEU",
        None,
        "GOV",
        ["Allemagne", "Germany", "allemandes", "allemande", "allemands", "German"],
    ),
    ("berlin", "Berlin", "GPE", "DEU", None, None, ["Berlin"]),
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["Mali"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "lang,text,etype",
    [
        (
            "en",
            "Germany named a new envoy to Mali. The withdrawal of German forces from the country was completed in May.",
            "RETREAT",
        ),
        ("fr", "Le Mali a protesté lundi. L'invasion allemande du pays a commencé en mai.", "ASSAULT"),
        ("fr", "Le Mali a protesté lundi. L'occupation du pays par l'Allemagne a commencé en mai.", "ASSAULT"),
        ("en", "Mali protested on Monday. The German invasion of the country began in May.", "ASSAULT"),
    ],
)
def test_events_epithet_complements_the_other_state_named_before(lang, text, etype):
    assert ({"DEU"}, {"MLI"}) in sides(run(text, lang), etype)


@pytest.mark.parametrize(
    "lang,text,etype",
    [
        # no determiner: no epithet
        ("fr", "Le Mali a protesté lundi. L'invasion allemande d'un pays a commencé en mai.", "ASSAULT"),
        (
            "en",
            "Germany named a new envoy to Mali. The withdrawal of German forces from a country was completed.",
            "RETREAT",
        ),
        # the actors' own state is not the one they act on, and no other is named
        (
            "en",
            "The German troops came back to Berlin. The withdrawal of German forces from the country was completed.",
            "RETREAT",
        ),
    ],
)
def test_events_epithet_complements_no_state_taken(lang, text, etype):
    assert not [r for _, r in sides(run(text, lang), etype) if r - {"DEU"} or r == {"DEU"}]
