"""A role phrase ending on a state's head noun (« le président de la République ») that opens the state's name: a
longer name of the knowledge base (« le Président de la République Démocratique du Congo ») or the head and the
state's adjective (« le président de la République algérienne ») names the state, and the role ends before it
(`entities.scan.state_after_role`); before, the role took « République », so the state was missed or the rest of
its name read as a person's. Near misses: the role alone before a name in apposition, a role whose last word is no
state's head, a state's adjective after a role that holds no head noun. Invented sentences and people."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, state, form",
    [
        ("Le président de la République algérienne reçoit des pêcheurs.", "Algeria", "République algérienne"),
        (
            "Le Président de la République Démocratique du Congo salue les médiateurs.",
            "Democratic Republic of the Congo",
            "République Démocratique du Congo",
        ),
        (
            "Le président de la République centrafricaine, Jean-Pierre Ngoma, a quitté Bangui mardi.",
            "Central African Republic",
            "République centrafricaine",
        ),
    ],
)
def test_entities_state_after_role_names_the_state(text: str, state: str, form: str) -> None:
    found = entities(text, "fr")
    assert form in forms(found[state]), found
    assert not [e for e in found.values() if e["type"] == "PERSON" and e["name"] in form], found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, person, role_text",
    [
        ("Le président de la République, Paul Martel, a reçu son homologue mardi.", "Paul Martel", "République"),
        (
            "Le président de la République Démocratique du Congo, Jean Kabasele, a reçu l'envoyé mardi.",
            "Jean Kabasele",
            "Congo",
        ),
    ],
)
def test_entities_state_after_role_keeps_the_role_phrase(text: str, person: str, role_text: str) -> None:
    found = entities(text, "fr")
    assert any(role_text in m for m in forms(found[person])), found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, absent",
    [
        # the role's last word is no state's head: the adjective qualifies the body
        ("Le président de la Commission africaine a démissionné mardi.", "République"),
        # no head noun in the role: the adjective is the role's nationality, no state's name
        ("Le ministre algérien de l'Intérieur a démissionné mardi.", "République"),
    ],
)
def test_entities_state_after_role_near_misses(text: str, absent: str) -> None:
    found = entities(text, "fr")
    assert not any(absent in m for e in found.values() for m in forms(e)), found
