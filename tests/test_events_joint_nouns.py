"""A joint act told by a noun alone is between the parties the sentence gives it: "between the two presidents"
(the pair the discourse remembers, else the two states the text names most), or the two sides of the clause that
holds it ("X and his counterpart Y sealed the fisheries accords in a meeting in Manila"). Invented people, real states;
French and English."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("sato", "Kenji Sato", "PERSON", None, "JPN", "GOV", ["Kenji Sato"]),
    ("cruz", "Jose Cruz", "PERSON", None, "PHL", "GOV", ["Jose Cruz"]),
    ("manila", "Manila", "GPE", "PHL", None, None, ["Manila", "Manille"]),
    ("usa", "United States", "GPE", "USA", None, "GOV", ["United States", "États-Unis", "Washington"]),
    ("ukraine", "Ukraine", "GPE", "UKR", None, "GOV", ["Ukraine"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "fr",
            "Le Japonais Kenji Sato et le Philippin Jose Cruz ont conclu les accords de pêche lors d'une réunion "
            "à Manille.",
        ),
        (
            "en",
            "Japanese Trade Minister Kenji Sato and his Philippine counterpart Jose Cruz sealed the fisheries accords "
            "in a meeting in Manila.",
        ),
    ],
)
def test_events_joint_nouns_meeting_of_the_clause_sides(lang, text):
    found = sides(run(text, lang), "CONSULT")
    assert ({"JPN", "PHL"}, {"JPN", "PHL"}) in found


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "fr",
            "Les États-Unis soutiennent l'Ukraine. L'Ukraine remercie les États-Unis. Après la rencontre entre les "
            "deux dirigeants, Washington a annoncé une nouvelle aide.",
        ),
        (
            "en",
            "The United States backs Ukraine. Ukraine thanks the United States. After the meeting between the two "
            "presidents, Washington announced new aid.",
        ),
    ],
)
def test_events_joint_nouns_between_the_two_leaders(lang, text):
    assert ({"USA", "UKR"}, {"USA", "UKR"}) in sides(run(text, lang), "CONSULT")
