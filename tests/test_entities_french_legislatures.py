"""A state's legislature named in French by its common noun and a nationality ("le Congrès américain", "le Sénat
américain", "la Chambre des représentants américaine", "le Congrès péruvien") is that state's body, named as the
English golds name it (bodies.tsv congress, senate, lowerhouse; body_names.tsv: "United States Congress",
"Congress of {country}"). Near misses: a party's congress ("le congrès du parti présidentiel américain", "le
Congrès national africain") and senators named by a nationality are no legislature. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Lacville attend un vote du Congrès américain sur l'aide militaire cet hiver.",
            "United States Congress",
        ),
        ("Les élus du Congrès américain ont rejeté jeudi le plan norvien.", "United States Congress"),
        (
            "Une délégation de la Chambre des représentants américaine a visité Lacville en mai.",
            "United States House of Representatives",
        ),
        ("Le Sénat américain a voté la loi mardi.", "United States Senate"),
        ("Le Congrès péruvien a destitué le président mercredi.", "Congress of Peru"),
    ],
)
def test_french_legislature_with_nationality(text: str, name: str) -> None:
    found = entities(text, "fr")
    assert name in found and found[name]["type"] == "ORG", found


@pytest.mark.parametrize(
    "text",
    [
        "Le congrès du parti présidentiel américain s'est tenu à Chicago.",
        "Le Congrès national africain a tenu sa conférence à Johannesburg.",
        "Les sénateurs américains ont voté mardi.",
    ],
)
def test_french_legislature_near_misses(text: str) -> None:
    found = entities(text, "fr")
    assert not any(
        n.startswith(("Congress", "Senate", "United States Congress", "United States Senate")) for n in found
    )
