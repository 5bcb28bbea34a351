"""A sanction or a military build-up whose target the clause does not name ("imposed further sanctions on
fifteen companies and their owners", "une démonstration de force") is aimed at the story's other side: the state or
armed group the text names most, the actor's own state apart. Invented sentences, French and English; real
states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("canada", "Canada", "GPE", "CAN", None, "GOV", ["Canada"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russie", "Russia", "russe", "Russian"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "fr",
            "La Russie poursuit sa guerre. Le Canada a imposé mercredi des sanctions supplémentaires à quinze "
            "sociétés et à leurs propriétaires.",
        ),
        (
            "en",
            "Russia pursues its war. Canada on Wednesday imposed further sanctions on fifteen companies and their "
            "owners.",
        ),
    ],
)
def test_events_other_side_sanction_on_unnamed_targets(lang, text):
    assert ({"CAN"}, {"RUS"}) in sides(run(text, lang), "SANCTION")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le Canada a imposé mercredi des sanctions supplémentaires à quinze sociétés et à leurs propriétaires."),
        ("en", "Canada on Wednesday imposed further sanctions on fifteen companies and their owners."),
    ],
)
def test_events_other_side_needs_a_second_party(lang, text):
    assert not [s for s in sides(run(text, lang), "SANCTION") if s[1]]
