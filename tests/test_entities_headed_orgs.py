"""Organisations whose proper name is built on a head word and holds a state's or a city's name ("Ghana Union of
Market Sellers Association", "l'Agence des services douaniers du Canada"): one organisation of its own, given the
state inside its name, not that state or city; a KB name on the head word itself stays the KB's, and so does an
organisation's name before the head ("ECOWAS Authority": the organisation's organ) (entities.others._headed).
Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "lang", "name", "country"),
    [
        (
            "Stalls were shut by the Ghana Union of Market Sellers Association last spring, the sellers said.",
            "en",
            "Ghana Union of Market Sellers Association",
            "GHA",
        ),
        (
            "Elle poursuit des agents de l'Agence des services douaniers du Canada depuis mardi.",
            "fr",
            "Agence des services douaniers du Canada",
            "CAN",
        ),
        (
            "La Gendarmerie royale du Canada a ouvert une enquête jeudi à Ottawa.",
            "fr",
            "Gendarmerie royale du Canada",
            "CAN",
        ),
    ],
)
def test_headed_orgs_one_organisation_of_the_state_inside(text: str, lang: str, name: str, country: str) -> None:
    found = entities(text, lang)
    assert name in found, found
    assert forms(found[name]) == [name]
    assert found[name]["country"] == country
    assert "Canada" not in found and "Ghana" not in found  # the state is named only inside the name


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # a name the KB knows, or a KB name on the head word: the KB organisation
        (
            "Lundi, les inspecteurs de l'Agence internationale de l'énergie atomique sont rentrés à Vienne.",
            "fr",
            "International Atomic Energy Agency",
        ),
        ("The UN Security Council met on Tuesday in New York.", "en", "United Nations Security Council"),
        # a state body before the head: the body of its state, as before
        (
            "The Russian Foreign Ministry said on Tuesday that the talks had failed.",
            "en",
            "Ministry of Foreign Affairs of Russia",
        ),
        # a lowercase word in an English name: no proper name, the state stays
        ("Traders of the Ghana market association protested on Monday.", "en", "Ghana"),
    ],
)
def test_headed_orgs_kb_names_on_the_head_stay(text: str, lang: str, name: str) -> None:
    found = entities(text, lang)
    assert name in found, found


def test_headed_orgs_an_organisation_before_the_head_stays_the_kbs() -> None:
    # "ECOWAS Authority": the organisation's organ, a mention of the KB organisation
    found = entities("The ECOWAS Authority met in Abuja on Sunday and issued a warning.", "en")
    assert "ECOWAS Authority" not in found, found
    assert any(e["code"] == "ECOWAS" for e in found.values()), found
