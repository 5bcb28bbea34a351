"""An accusing verb that names the accused by its dative ("reprocher à X d'avoir V") makes X the actor of V, as its
object does for "accuser X d'avoir V" (subjects.dative_accused); that dative is no place ("aux États-Unis"). The
accuser stays the actor of the reproach itself. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy model

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russie", "russes"]),
    ("germany", "Germany", "GPE", "DEU", None, "GOV", ["Allemagne"]),
    ("niger", "Niger", "GPE", "NER", None, "GOV", ["Niger"]),
    ("benin", "Benin", "GPE", "BEN", None, "GOV", ["Bénin"]),
    ("nigeria", "Nigeria", "GPE", "NGA", None, "GOV", ["Nigeria"]),
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["Mali"]),
    ("france", "France", "GPE", "FRA", None, "GOV", ["France"]),
    ("algeria", "Algeria", "GPE", "DZA", None, "GOV", ["Algérie"]),
    ("prk", "North Korea", "GPE", "PRK", None, "GOV", ["Corée du Nord"]),
    ("usa", "United States", "GPE", "USA", None, "GOV", ["États-Unis"]),
    ("china", "China", "GPE", "CHN", None, "GOV", ["Chine"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "fr", KB)


@pytest.mark.parametrize(
    "text, etype, actor, recipient, accuser",
    [
        (
            "La Russie a reproché lundi à l'Allemagne d'avoir expulsé deux diplomates russes.",
            "COERCE",
            "DEU",
            "RUS",
            "RUS",
        ),
        ("Le Niger reproche au Bénin d'avoir fermé sa frontière avec le Nigeria.", "SANCTION", "BEN", "NGA", "NER"),
        ("Le Mali a reproché à la France d'avoir menacé l'Algérie.", "THREATEN", "FRA", "DZA", "MLI"),
        ("La Corée du Nord a reproché lundi aux États-Unis d'avoir menacé la Chine.", "THREATEN", "USA", "CHN", "PRK"),
    ],
)
def test_events_dative_accused_acts(text, etype, actor, recipient, accuser):
    events = run(text)
    assert ({actor}, {recipient}) in sides(events, etype)
    assert any(accuser in a and actor in r for a, r in sides(events, "ACCUSE"))


@pytest.mark.parametrize(
    "text, etype, actor, recipient",
    [
        # the accused as the object: unchanged
        ("Le Niger accuse le Bénin d'avoir fermé sa frontière avec le Nigeria.", "SANCTION", "BEN", "NGA"),
        # a verb that is no accusation: the dative asked is no actor of a done act
        ("Le Mali a demandé à la France de retirer ses troupes.", "REQUEST", "MLI", "FRA"),
    ],
)
def test_events_dative_accused_near_misses(text, etype, actor, recipient):
    assert ({actor}, {recipient}) in sides(run(text), etype)
