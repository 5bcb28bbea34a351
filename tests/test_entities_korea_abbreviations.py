"""The two Koreas as Korean and Asian wire headlines shorten them: "S. Korea" and "N. Korea" (countries_hand.tsv
English variants of KOR and PRK); before, the initial was dropped and "Korea" was read as a place of its own. Near
misses: a person's initial before a surname ("S. Kim") and "Korea" alone keep their readings. Invented
sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,name",
    [
        ("S. Korea, Lacland agree to expand naval drills", "South Korea"),
        ("N. Korea fires two missiles into the sea, Seoul says", "North Korea"),
        ("Officials in S. Korea said the talks would resume on Monday.", "South Korea"),
        ("The envoy warned that N. Korea could test another rocket.", "North Korea"),
    ],
)
def test_korea_abbreviations(text: str, name: str) -> None:
    found = entities(text, "en")
    assert name in found, found
    assert "Korea" not in found, found


def test_initial_before_surname_is_no_state() -> None:
    found = entities("Lacland's envoy S. Kim said the talks would resume.", "en")
    assert "South Korea" not in found and "North Korea" not in found, found
