"""Places inside longer names: a capital inside an organisation's proper name is no mention of the city ("Tokyo
Electric Power Company"; entities.hits.drop_inside_names), nor is a state inside the name of one of its
subdivisions ("Northern Ireland"), and two places the NER cuts at a coordinator are one subdivision where together
they name one ("Jammu and Kashmir"; entities.ner.coordinated_subdivisions). A city before a common noun, a line of
cities and two cities coordinated stay cities. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "name", "kind", "absent"),
    [
        (
            "The leak came after Tokyo Electric Power Company began releasing water.",
            "Tokyo Electric Power Company",
            "ORG",
            "Tokyo",
        ),
        ("Shares of Nairobi Securities Exchange fell on Monday.", "Nairobi Securities Exchange", "ORG", "Nairobi"),
        (
            "Officials said the talks on the future of Northern Ireland had advanced.",
            "Northern Ireland Province",
            "LOC",
            "Ireland",
        ),
        ("Troops were sent to Jammu and Kashmir on Monday.", "Jammu and Kashmīr", "LOC", "Kashmir"),
        ("He moved to Newfoundland and Labrador in 2010.", "Newfoundland and Labrador Province", "LOC", "Labrador"),
    ],
)
def test_inner_places_the_longer_name_wins(text: str, name: str, kind: str, absent: str) -> None:
    found = entities(text, "en")
    assert found.get(name, {}).get("type") == kind, found
    assert absent not in found, found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tokyo police said three people were arrested.", ["Tokyo"]),
        ("WASHINGTON/JERUSALEM/BEIRUT (Reuters) - The talks resumed.", ["Washington", "Jerusalem", "Beirut"]),
        ("Flights between Accra and Freetown resumed.", ["Accra", "Freetown"]),
    ],
)
def test_inner_places_cities_stay_cities(text: str, names: list[str]) -> None:
    found = entities(text, "en")
    assert all(found.get(n, {}).get("type") == "GPE" for n in names), found
