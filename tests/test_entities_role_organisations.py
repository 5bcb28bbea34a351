"""The words after a role's preposition that open a name of the knowledge base (« le secrétaire général des Nations
unies », "the Secretary-General of the African Union") are the organisation the role belongs to, not a portfolio the
role lexicon lacks (:func:`veille.analysis.entities.scan.portfolio`): the organisation is an entity of its own. Near
misses: a portfolio no name opens (« le ministre de la Sécurité publique ») stays in the role. Invented people."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,lang,org,mention,person",
    [
        (
            "Le sommet a réuni le secrétaire général des Nations Unies Alain Dorval et les chefs d'État.",
            "fr",
            "United Nations",
            "Nations Unies",
            "Alain Dorval",
        ),
        ("Le secrétaire général des Nations unies a parlé lundi.", "fr", "United Nations", "Nations unies", None),
        (
            "The Secretary General of the United Nations, Marta Okonjo, spoke on Monday.",
            "en",
            "United Nations",
            "United Nations",
            "Marta Okonjo",
        ),
        ("The Secretary-General of the African Union spoke on Monday.", "en", "African Union", "African Union", None),
    ],
)
def test_entities_role_organisations_named(text, lang, org, mention, person):
    found = entities(text, lang)
    assert org in found, list(found)
    assert mention in forms(found[org]), forms(found[org])
    if person:
        assert person in found, list(found)


@pytest.mark.parametrize(
    "text,lang,person,role",
    [
        (
            "Le ministre de la Sécurité publique Paul Doro a parlé lundi.",
            "fr",
            "Paul Doro",
            "Le ministre de la Sécurité publique",
        ),
        (
            "The Minister of Public Safety, Jane Roe, spoke on Monday.",
            "en",
            "Jane Roe",
            "The Minister of Public Safety",
        ),
    ],
)
def test_entities_role_organisations_portfolio_kept(text, lang, person, role):
    found = entities(text, lang)
    assert person in found, list(found)
    assert role in forms(found[person]), forms(found[person])
    assert len(found) == 1, list(found)
