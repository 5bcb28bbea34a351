"""The International Court of Justice as the wires name it ("the UN's top court", "the United Nations' top court",
"the U.N.'s top court"): one organisation, code ICJ, whose names are knowledge-base data (orgs.tsv), not the UN
itself; a court of a state ("the country's top court") stays out. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text",
    [
        "Peru asked the UN's top court to rule on the maritime border.",
        "The ruling by the United Nations' top court angered the coastal state.",
        "Chile took its case to the U.N.'s top court in 2013.",
        "Judges at the UN top court heard both sides on Monday.",
    ],
)
def test_entities_world_court_the_un_top_court_is_the_icj(text):
    found = entities(text, "en")
    assert "International Court of Justice" in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Peru's top court ruled on the election on Monday.",
        "The country's top court rejected the appeal of the minister.",
    ],
)
def test_entities_world_court_a_national_top_court_is_not_the_icj(text):
    assert "International Court of Justice" not in entities(text, "en")
