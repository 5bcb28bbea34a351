"""French names a facility by its lowercase type noun, a qualifier, and a proper name after « de » or right after
the noun (« la prison centrale de Lacville », « l'aéroport Paul Verdier », « l'aérodrome de Valmont », « le camp
militaire de Valmont », « l'école de gendarmerie de Valmont », « la base aérienne de Valmont »): one place under
that whole name (``lang/fr/entities.json`` ``facility_heads``, :mod:`veille.analysis.entities.facilities`), as the
French golds list it. Near misses: a facility with no proper name, an indefinite or plural noun, a lowercase
complement, a facility named after a known city (« l'aéroport de Bamako »: the city's). Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,facility",
    [
        ("Le journaliste a été transféré hier à la prison centrale de Lacville.", "prison centrale de Lacville"),
        ("Le ministre norvien a atterri vers minuit à l'aéroport Paul Verdier.", "aéroport Paul Verdier"),
        ("Deux appareils ont décollé de l'aérodrome de Valmont mardi matin.", "aérodrome de Valmont"),
        (
            "Les soldats norviens sont arrivés au camp militaire de Valmont pour un exercice.",
            "camp militaire de Valmont",
        ),
        (
            "Des assaillants ont frappé l'école de gendarmerie de Valmont avant l'aube.",
            "école de gendarmerie de Valmont",
        ),
        ("Les blessés ont été conduits à l'hôpital Saint-Aubin de Lacville.", "hôpital Saint-Aubin de Lacville"),
        ("Un drone s'est écrasé près de la base aérienne de Valmont.", "base aérienne de Valmont"),
    ],
)
def test_french_facility_is_one_place(text: str, facility: str) -> None:
    found = entities(text, "fr")
    assert facility in found, found
    assert found[facility]["type"] == "LOC", found[facility]


@pytest.mark.parametrize(
    "text",
    [
        "Les élus du camp d'Alain Ferrand ont quitté la séance à Lacville.",
        "Les soldats ont rejoint le camp de base avant la nuit.",
        "Deux avions ont atterri mardi à l'aéroport de Bamako.",
        "Un drone s'est écrasé près de la base aérienne de Niamey.",
        "Le ministre a atterri mardi à l'aéroport de Vancouver.",
        "Le détenu a été conduit à la prison centrale après son procès.",
        "Une école de Lacville a fermé ses portes lundi.",
        "Les hôpitaux de Valmont sont saturés depuis lundi.",
        "Le ministre a atterri mardi à l'aéroport de la capitale.",
    ],
)
def test_french_facility_near_misses(text: str) -> None:
    found = entities(text, "fr")
    assert not any(
        n.split()[0].lower() in {"base", "prison", "école", "hôpitaux", "aéroport", "camp"} for n in found
    ), found
