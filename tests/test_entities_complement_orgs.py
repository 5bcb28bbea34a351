"""An organisation's name closed by a complement the NER cuts off after the head word ("the Omar Haddad Center for
the Middle East", "the Kessler Foundation for Central Asia") is one organisation, the place inside it no mention
(entities.seams.complement_orgs); a name the knowledge base knows stays whole before its complement ("the Security
Council on Ukraine": the Council, then Ukraine), and a lowercase head is no name. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        (
            "Sara Lind, a fellow at the Omar Haddad Center for the Middle East, said talks failed.",
            "Omar Haddad Center for the Middle East",
            "Middle East",
        ),
        (
            "Sara Lind, head of the Kessler Foundation for Central Asia, said so.",
            "Kessler Foundation for Central Asia",
            "Central Asia",
        ),
    ],
)
def test_complement_orgs_are_one_name(text: str, name: str, absent: str) -> None:
    found = entities(text, "en")
    assert found.get(name, {}).get("type") == "ORG", found
    assert absent not in found, found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A meeting of the Security Council on Ukraine ended late.", ["United Nations Security Council", "Ukraine"]),
        ("The council for Kenya met on Friday.", ["Kenya"]),
    ],
)
def test_complement_orgs_near_misses_stay_apart(text: str, names: list[str]) -> None:
    assert sorted(entities(text, "en")) == sorted(names)
