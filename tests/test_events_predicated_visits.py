"""A visit told as where someone is (French « en visite à X », « en déplacement au X », with no determiner: the
state of whoever the phrase is said of) is that one's CONSULT of the state of the place, as the real-news golds
code such visits: the noun's own subject (a copula), the person it qualifies, or the subject of the clause it is
an adjunct of. Not a people's displacement, a visit to no place, nor visitors who name no party. Invented
sentences and people; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("sweden", "Sweden", "GPE", "SWE", None, "GOV", ["Suède", "suédois", "suédoise"]),
    ("morocco", "Morocco", "GPE", "MAR", None, "GOV", ["Maroc", "marocain"]),
    ("chile", "Chile", "GPE", "CHL", None, "GOV", ["Chili", "chilien"]),
    ("holmqvist", "Lars Holmqvist", "PERSON", None, "SWE", "GOV", ["Lars Holmqvist"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "fr", KB)


@pytest.mark.parametrize(
    "text,host",
    [
        (
            "Le ministre suédois des Affaires étrangères, Lars Holmqvist, en visite officielle au Maroc, a plaidé "
            "lundi pour une relance des échanges.",
            "MAR",
        ),
        ("La cheffe de la diplomatie suédoise est en visite au Maroc, où elle doit voir plusieurs ministres.", "MAR"),
        ("Lars Holmqvist est en déplacement au Chili afin de chercher de nouveaux partenaires.", "CHL"),
        ("En visite au Chili, Lars Holmqvist a plaidé pour davantage d'échanges entre les deux pays.", "CHL"),
    ],
)
def test_events_predicated_visits_the_one_said_visiting_visits_the_host(text, host):
    assert ({"SWE"}, {host}) in sides(run(text), "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "Le déplacement de milliers de civils au Chili inquiète les Nations unies.",
        "Des touristes en visite au Maroc ont été évacués mardi par les secours.",
        "Le texte a été signé par Lars Holmqvist, en visite officielle de deux jours, et par son homologue marocain.",
    ],
)
def test_events_predicated_visits_no_visit_of_a_party_to_a_host(text):
    assert not [s for s in sides(run(text), "CONSULT") if s[1] & {"MAR", "CHL"} or s[0] & {"MAR", "CHL"}]
