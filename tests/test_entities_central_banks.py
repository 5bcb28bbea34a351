"""A state's central bank named by the common noun ("Russia's central bank", "the Turkish central bank", "the central
bank of Ghana", "la Banque centrale russe", "la banque centrale du Nigeria"; bare, the home state's) is a body of that
state (issue 12: bodies.tsv `centralbank`, body_names.tsv "Central Bank of {country}"); the central bank of a union
named by its proper name stays the knowledge base's, and central banks in the plural are none. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "lang", "name", "form"),
    [
        ("Russia's central bank raised its rate.", "en", "Central Bank of Russia", "Russia's central bank"),
        ("The Turkish central bank cut rates again.", "en", "Central Bank of Turkey", "Turkish central bank"),
        ("The central bank of Ghana raised rates on Monday.", "en", "Central Bank of Ghana", "central bank of Ghana"),
        (
            "Kenya's economy slowed in May. The central bank said on Tuesday that prices would ease.",
            "en",
            "Central Bank of Kenya",
            "central bank",
        ),
        (
            "La Banque centrale russe a relevé son taux directeur vendredi.",
            "fr",
            "Central Bank of Russia",
            "Banque centrale russe",
        ),
        (
            "La banque centrale du Nigeria a relevé ses taux lundi.",
            "fr",
            "Central Bank of Nigeria",
            "banque centrale du Nigeria",
        ),
    ],
)
def test_central_bank_is_its_state_body(text: str, lang: str, name: str, form: str) -> None:
    found = entities(text, lang)
    assert name in found and form in forms(found[name]), found
    assert found[name]["type"] == "ORG"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The European Central Bank held rates. The central bank said prices were too high.", "en"),
        ("La Banque centrale européenne a maintenu ses taux. La banque centrale attend.", "fr"),
        ("Central banks around the world are weighing digital currencies, economists said.", "en"),
    ],
)
def test_central_bank_near_miss(text: str, lang: str) -> None:
    found = entities(text, lang)
    assert not any(n.startswith("Central Bank of") for n in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Federal Reserve raised rates in Washington. The central bank said prices were too high.",
            "Federal Reserve",
        ),
        ("The Bank of England held rates in London. The central bank said growth was weak.", "Bank of England"),
    ],
)
def test_central_bank_with_a_proper_name_is_named_so(text: str, name: str) -> None:
    found = entities(text, "en")
    assert name in found and not any(n.startswith("Central Bank of") for n in found), found
