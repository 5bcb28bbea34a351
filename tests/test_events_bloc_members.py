"""A bloc's members named together by a plural noun and the bloc's adjective (« les autorités européennes », « les
pays européens », « les ministres arabes », « les chefs de la diplomatie des États arabes ») act and are acted on as the
bloc (events.json ``bloc_adjectives``, ``bloc_member_nouns``; events/blocs.py), not as the home state of the scene
nor as no one. A phrase that names a party of its own, a singular member, an adjective of no bloc and a nationality
keep their reading. Invented sentences; real states and bodies, invented people."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy model

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("eu", "European Union", "ORG", "EU", None, "IGO", ["UE", "Union européenne"]),
    ("las", "Arab League", "ORG", "LAS", None, "IGO", ["Ligue arabe"]),
    ("france", "France", "GPE", "FRA", None, "GOV", ["France"]),
    ("turkey", "Turkey", "GPE", "TUR", None, "GOV", ["Turquie"]),
    ("syria", "Syria", "GPE", "SYR", None, "GOV", ["Syrie"]),
    ("algeria", "Algeria", "GPE", "DZA", None, "GOV", ["Algérie", "Alger", "algériennes"]),
    ("jordan", "Jordan", "GPE", "JOR", None, "GOV", ["Jordanie", "Amman"]),
    ("egypt", "Egypt", "GPE", "EGY", None, "GOV", ["Égypte", "Caire"]),
    ("dupuis", "Jean Dupuis", "PERSON", None, "FRA", "GOV", ["Jean Dupuis"]),
]


@pytest.mark.parametrize(
    "text, etype, expected",
    [
        # the bloc acts
        ("Mercredi, les pays européens ont durement blâmé la Turquie.", "ACCUSE", ({"EU"}, {"TUR"})),
        ("Les autorités européennes ont condamné la Turquie.", "ACCUSE", ({"EU"}, {"TUR"})),
        ("Les ministres arabes ont appelé la Syrie à libérer les détenus.", "REQUEST", ({"LAS"}, {"SYR"})),
        ("À Amman, les ministres arabes ont tenu une réunion sur les réfugiés.", "CONSULT", ({"LAS"}, {"LAS"})),
        ("Les chefs de la diplomatie des États arabes se sont réunis au Caire.", "CONSULT", ({"LAS"}, {"LAS"})),
        (
            "Les ministres des Affaires étrangères des pays européens ont condamné la Turquie.",
            "ACCUSE",
            ({"EU"}, {"TUR"}),
        ),
        # the bloc is acted on
        (
            "Jean Dupuis a pressé les autorités européennes d'intervenir en faveur du journaliste.",
            "REQUEST",
            ({"FRA"}, {"EU"}),
        ),
    ],
)
def test_bloc_members_named_together_are_the_bloc(text, etype, expected):
    assert expected in sides(coded(text, "fr", KB), etype)


@pytest.mark.parametrize(
    "text, etype, expected",
    [
        # a party of the phrase's own: the member it names
        ("Les pays européens, dont la France, ont critiqué la Turquie.", "ACCUSE", ({"FRA"}, {"TUR"})),
        # a nationality is its state
        ("Les autorités algériennes ont condamné la Turquie.", "ACCUSE", ({"DZA"}, {"TUR"})),
    ],
)
def test_bloc_members_near_misses_keep_their_party(text, etype, expected):
    assert sides(coded(text, "fr", KB), etype) == [expected]


@pytest.mark.parametrize(
    "text, etype",
    [
        # an adjective of no bloc: several states, not the African Union
        ("Les dirigeants africains ont critiqué la Turquie.", "ACCUSE"),
        # one member, singular: not the bloc
        ("Un diplomate européen a critiqué la Turquie.", "ACCUSE"),
    ],
)
def test_bloc_members_near_misses_name_no_bloc(text, etype):
    got = sides(coded(text, "fr", KB), etype)
    assert not any(code in actors for actors, _ in got for code in ("EU", "LAS", "AU"))
