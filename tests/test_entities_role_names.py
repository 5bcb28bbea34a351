"""Role words and period names the NER reads as entities: an Irish head of government named by the title alone
("the Taoiseach", "the Tánaiste": roles.tsv), the abbreviation of a role defined in parentheses ("Interior Cabinet
Secretary (CS)", "Chief Executive Officer (CEO)": acronyms.common_abbreviations) and the name of a period of a
people's history ("after the Troubles", "the Nakba", "le Printemps arabe": nonentities.tsv) are no entities. An
organisation's acronym defined the same way stays one. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In a short statement the Tánaiste said she was shocked by the vote.", "en"),
        ("The Taoiseach told reporters the vote would go ahead.", "en"),
        ("Calm returned to the valley long after the Troubles, the farmer said.", "en"),
        ("Families who fled during the Nakba marched on Monday.", "en"),
        ("Depuis le Printemps arabe, la vallée a beaucoup changé.", "fr"),
    ],
)
def test_role_names_and_periods_are_no_entities(text: str, lang: str) -> None:
    assert entities(text, lang) == {}


def test_role_names_role_abbreviation_is_no_organisation() -> None:
    found = entities("Interior Cabinet Secretary (CS) Jane Wanjiru signed the deal. The CS said it would hold.", "en")
    assert list(found) == ["Jane Wanjiru"], found


def test_role_names_organisation_acronym_stays() -> None:
    found = entities("The Kenya Revenue Authority (KRA) said taxes rose. The KRA will publish figures.", "en")
    assert "KRA" in forms(found["KRA"]), found
