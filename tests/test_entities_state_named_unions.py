"""An organisation's proper name that opens with its state and holds a word an international organisation goes by
in context ("Union" for the European Union, "Agency", "Alliance"): the NER's whole span is the organisation, the
state and that word inside it no mentions (entities.others.state_named_orgs); before, the state took the first
word and the name was lost. The word alone, outside such a name, is still no organisation of its own. Invented
sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        ("The chairman of the Kenya Union of Teachers said schools would close.", "Kenya Union of Teachers", "Kenya"),
        (
            "The president of the Ghana Union of Fish Sellers Association said stalls would close.",
            "Ghana Union of Fish Sellers Association",
            "Ghana",
        ),
        (
            "Stalls were shut by the Ghana Union of Fish Sellers Association last year.",
            "Ghana Union of Fish Sellers Association",
            "Union",
        ),
    ],
)
def test_state_named_unions_are_one_organisation(text: str, name: str, absent: str) -> None:
    found = entities(text, "en")
    assert found.get(name, {}).get("type") == "ORG", found
    assert absent not in found, found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kenya and the Union signed a trade deal on Monday.", ["Kenya"]),
        ("Ghana asked the European Union for help.", ["Ghana", "European Union"]),
    ],
)
def test_state_named_unions_near_misses_stay(text: str, names: list[str]) -> None:
    found = entities(text, "en")
    assert sorted(found) == sorted(names), found
