"""A ship named with a navy's prefix ("USS Carver", "HMAS Tarrant", « la frégate HMS Tarrant »: entities.json
``ship_prefixes``) is no entity of the article, as the real-news golds list no vessel (issue 12, stop 43); the
navy, the fleet and the places around it stay. Invented ships, real navies and places."""

from __future__ import annotations

import pytest

from veille.pipeline import analyze_text


def names(text: str) -> set[str]:
    return {e["name"] for e in analyze_text(text).to_dict()["entities"]}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, ship, kept",
    [
        (
            "Three destroyers sailed off the northern coast on Monday. The ships, USS Carver, USS Helen Marsh and"
            " USS Dorrance, belong to the Fifth Fleet.",
            "USS Helen Marsh",
            "Fifth Fleet",
        ),
        (
            "The carrier USS Dorrance docked in Manila on Friday for a five-day port call, officials said.",
            "USS Dorrance",
            "Manila",
        ),
        (
            "Australia's HMAS Tarrant will sail for a six-month patrol once its crew returns to Darwin next week.",
            "HMAS Tarrant",
            "Australia",
        ),
        (
            "La frégate HMS Tarrant a accosté jeudi à Brest pour une escale de trois jours, a indiqué la Royal Navy.",
            "HMS Tarrant",
            "Brest",
        ),
    ],
)
def test_entities_ship_names_a_prefixed_vessel_is_no_entity(text: str, ship: str, kept: str) -> None:
    found = names(text)
    assert not any(n.startswith(ship.split()[0] + " ") for n in found)
    assert kept in found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, kept",
    [
        # no prefix: the navy is a body of the article
        ("Britain's Royal Navy said the frigate had shadowed the vessel through the Channel on Tuesday.", "Royal Navy"),
    ],
)
def test_entities_ship_names_navies_stay(text: str, kept: str) -> None:
    assert kept in names(text)
