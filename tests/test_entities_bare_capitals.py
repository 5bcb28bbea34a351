"""French print often drops the accent of a capital ("secrétaire d'Etat", "ministre de l'Economie"): a role of
roles.tsv printed so is still the role (kb._roles keys both forms), so its capitalised portfolio is no
organisation or place ("aux Fusées lunaires"). "Etat" outside a role phrase gives no role. Invented
sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Pour la secrétaire d’Etat aux Fusées lunaires Anne Moreau, la fusée partira.",
            "la secrétaire d’Etat aux Fusées lunaires",
        ),
        (
            "Hier, le secrétaire d'Etat aux Sports nautiques Paul Verlinde a ouvert la piscine.",
            "le secrétaire d'Etat aux Sports nautiques",
        ),
        ("La ministre de l'Economie Anne Moreau a présenté le budget.", "La ministre de l'Economie"),
    ],
)
def test_bare_capitals_roles_are_read(text: str, role: str) -> None:
    found = entities(text, "fr")
    people = [e for e in found.values() if e["type"] == "PERSON"]
    assert len(found) == 1 and len(people) == 1, found
    assert role in forms(people[0]), found


def test_bare_capitals_state_alone_is_no_role() -> None:
    found = entities("L'Etat a payé la facture, a expliqué Paul Verlinde.", "fr")
    assert forms(found["Paul Verlinde"]) == ["Paul Verlinde"], found
