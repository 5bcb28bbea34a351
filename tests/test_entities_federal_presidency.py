"""The head of the Swiss federal state is printed "président(e) de la Confédération": a role phrase of its holder,
no place or organisation named "Confédération" (roles.tsv). A confederation with a name of its own stays an
organisation. The sentences are invented."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, person, role",
    [
        (
            "La présidente de la Confédération Odile Marchand a reçu samedi son homologue à Berne.",
            "Odile Marchand",
            "La présidente de la Confédération",
        ),
        (
            "Le président de la Confédération, Bastien Rochat, a confirmé la rencontre.",
            "Bastien Rochat",
            "Le président de la Confédération",
        ),
    ],
)
def test_the_president_of_the_confederation_is_a_role(text, person, role):
    found = entities(text, "fr")
    assert "Confédération" not in found, {n: forms(e) for n, e in found.items()}
    assert person in found and role in forms(found[person]), {n: forms(e) for n, e in found.items()}


def test_a_named_confederation_stays_an_organisation():
    found = entities("La Confédération générale du travail a appelé à la grève jeudi.", "fr")
    # the knowledge base names it in English (data/kb/orgs.tsv, stop 48): its printed form is the mention
    assert any(f.startswith("Confédération générale") for e in found.values() for f in forms(e)), {
        n: forms(e) for n, e in found.items()
    }
