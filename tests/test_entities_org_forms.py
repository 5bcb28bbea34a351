"""Forms of organisation names in news prose: spans the NER reads as organisations that are none (a phrase opened by
a demonstrative, office holders named by a plural role noun). Invented sentences and invented people."""

from __future__ import annotations

import pytest

from entity_fixtures import entities


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,lang,absent",
    [
        ("These Network Alerts will serve as a warning to the Senate, the official said.", "en", "Network Alerts"),
        (
            "Les ministres des Affaires étrangères, Jean Roux, et de la Défense, Paul Marin, sont arrivés à Ottawa.",
            "fr",
            "ministres",
        ),
    ],
)
def test_org_forms_a_demonstrative_phrase_or_plural_role_is_no_organisation(text, lang, absent):
    found = entities(text, lang)
    assert not any(absent.lower() in name.lower() for name in found), found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,lang,org",
    [
        (
            "The Council of Ministers approved the budget in Rome on Monday, officials said.",
            "en",
            "Council of Ministers",
        ),
        (
            "Le Conseil des ministres s'est réuni à Paris mercredi, a annoncé le porte-parole.",
            "fr",
            "Council of Ministers",
        ),
    ],
)
def test_org_forms_a_body_of_office_holders_is_still_an_organisation(text, lang, org):
    assert any(name.startswith(org) for name in entities(text, lang))
