"""Organisations whose name holds their state: French ones named head first (entities.others.state_named_orgs,
``org_heads_first``): a capitalised head noun, lowercase words, and a demonym right after the head or the country
closing the name ("Gendarmerie royale du Canada", "Conseil national de transition du Mali") are one organisation,
the state inside it no mention; so is an English name of capitalised words closed by its state ("Global Affairs
Canada"; entities.others). A role phrase, a body with its state and a state after one word stay as they were.
Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        (
            "Un porte-parole de la Gendarmerie royale du Canada a confirmé l'arrestation.",
            "Gendarmerie royale du Canada",
            "Canada",
        ),
        (
            "L'Agence des services frontaliers du Canada a refusé de commenter.",
            "Agence des services frontaliers du Canada",
            "Canada",
        ),
        ("Le Conseil national de transition du Mali a voté la loi.", "Conseil national de transition du Mali", "Mali"),
        ("La Fédération camerounaise de football a réagi lundi.", "Fédération camerounaise de football", "Cameroon"),
    ],
)
def test_head_first_orgs_the_name_holds_its_state(text: str, name: str, absent: str) -> None:
    found = entities(text, "fr")
    assert found.get(name, {}).get("type") == "ORG", found
    assert absent not in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le Premier ministre du Canada a parlé devant la presse.", "Canada"),
        ("Le ministère canadien de la Défense a démenti.", "Department of National Defence"),
    ],
)
def test_head_first_orgs_roles_and_bodies_keep_their_state(text: str, name: str) -> None:
    assert name in entities(text, "fr")


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        # a state closing a name of capitalised words after two of them: the organisation's name
        (
            "Global Affairs Canada told reporters that the negotiations would continue.",
            "Global Affairs Canada",
            True,
        ),
        # after a demonym or a role, or after one word, the state is no part of an organisation's name
        ("The minister flew to Ottawa to meet Canada on trade.", "Canada", False),
    ],
)
def test_head_first_orgs_a_state_closing_an_english_name(text: str, name: str, org: bool) -> None:
    found = entities(text, "en")
    assert found.get(name, {}).get("type") == ("ORG" if org else "GPE"), found
