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


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,lang,meant,other",
    [
        (
            "The army and the Rapid Support Forces (RSF) clashed near the bridge. The RSF said it held the airport.",
            "en",
            "Rapid Support Forces",
            "Reporters Without Borders",
        ),
        (
            "Reporters Without Borders (RSF) condemned the arrest. RSF said three journalists were held.",
            "en",
            "Reporters Without Borders",
            "Rapid Support Forces",
        ),
    ],
)
def test_org_forms_acronym_defined_by_the_text_names_that_organisation(text, lang, meant, other):
    # an acronym the knowledge base gives to another organisation is the one the text defines it for
    found = entities(text, lang)
    assert [m["text"] for m in found[meant]["mentions"]].count("RSF") == 2, found
    assert other not in found, found
