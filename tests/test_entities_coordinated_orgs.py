"""Organisations whose name coordinates two capitalised runs ("Kashan Roads and Harbour Authority", "Ministry of
Fisheries and Coastal Affairs"): one organisation, though the NER cuts the name at its coordinator; two names
coordinated stay two (entities.ner.coordinated_orgs). Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The tanker was seized at the request of the Kashan Roads and Harbour Authority on Friday.",
            "Kashan Roads and Harbour Authority",
        ),
        (
            "A Syrian Foreign and Expatriates Ministry official said the talks had failed.",
            "Syrian Foreign and Expatriates Ministry",
        ),
        (
            "Tension rose between Togo and Benin. The Ministry of Foreign Affairs and Regional Integration has "
            "however said that talks go on.",
            "Ministry of Foreign Affairs and Regional Integration",
        ),
    ],
)
def test_ner_coordinated_orgs_one_name_across_the_coordinator(text: str, name: str) -> None:
    found = entities(text, "en")
    assert name in found, found
    assert [name] == forms(found[name])
    # no half of the name is an entity of its own
    assert not any(n != name and n in name and found[n]["type"] == "ORG" for n in found), found


def test_ner_coordinated_orgs_a_demonym_in_the_name_gives_its_state() -> None:
    found = entities("A Syrian Foreign and Expatriates Ministry official said the talks had failed.", "en")
    assert found["Syrian Foreign and Expatriates Ministry"]["country"] == "SYR"


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # a state, a person, a known organisation on the other side: two names coordinated
        (
            "Talks between Kenya and Uganda Revenue Authority officials ended on Monday.",
            {"Kenya", "Uganda Revenue Authority"},
        ),
        ("Officials of Ghana and the Pacific Fishers Union met in Accra.", {"Ghana", "Pacific Fishers Union"}),
        ("The Ministry of Health and Doctors Without Borders opened a clinic in Gao.", {"Doctors Without Borders"}),
        ("Paul Hale and Harbour Authority staff inspected the port.", {"Paul Hale"}),
    ],
)
def test_ner_coordinated_orgs_two_names_stay_two(text: str, apart: set[str]) -> None:
    found = entities(text, "en")
    assert apart <= set(found), found
    assert not any(" and " in n for n in found), found
