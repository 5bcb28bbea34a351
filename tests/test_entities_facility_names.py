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


@pytest.mark.parametrize(
    "text,facility,namesake",
    [
        (
            "Les derniers soldats norviens ont quitté jeudi le camp Valmoret, que l'armée du pays occupera dès lundi.",
            "camp Valmoret",
            "Valmoret",
        ),
        (
            "Les soldats sont basés au camp Adrava près de la capitale depuis 2017, selon le ministère.",
            "camp Adrava",
            "Adrava",
        ),
    ],
)
def test_entities_facility_camp_named_right_after_its_noun(text: str, facility: str, namesake: str) -> None:
    """« camp » names a facility only with its name right after it (``facility_direct_heads``); the person it is
    named after, printed nowhere else, is no entity of the article."""
    found = entities(text, "fr")
    assert facility in found, found
    assert namesake not in found, found


@pytest.mark.parametrize(
    "text,person",
    [
        # a side: the camp of a person the article names
        ("Laurent Tanoh refuse de céder. Le camp Tanoh a rejeté jeudi la décision de la commission.", "Laurent Tanoh"),
        ("Dans le camp de Laurent Tanoh, on dénonce une fraude massive lors du scrutin de dimanche.", "Laurent Tanoh"),
        # a movement's or a leader's initials: a side
        ("Dans le camp RDN, on promet de contester les résultats du scrutin devant la Cour.", None),
    ],
)
def test_entities_facility_camp_of_a_side_is_no_place(text: str, person: str | None) -> None:
    found = entities(text, "fr")
    assert not any(n.lower().startswith("camp") for n in found), found
    if person:
        assert person in found, found
