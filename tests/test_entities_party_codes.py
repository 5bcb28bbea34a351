"""Codes of parties the real-news golds give under a name of their own (issue 13, stop 42): a firm the news names
as a party is coded under its name (HUAWEI, SONATRACH, REPSOL), not as its state, as the media already are; the
Islamic State is IS, the code real2's annotators give it (the knowledge base had ISIS). Knowledge-base data
(orgs.tsv, actors.tsv). Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("text", "lang", "name", "code"),
    [
        ("Canada detained a senior Huawei executive at the airport.", "en", "Huawei", "HUAWEI"),
        ("Le groupe Sonatrach a signé un contrat gazier avec un partenaire italien.", "fr", "Sonatrach", "SONATRACH"),
        ("Repsol demanded compensation after the seizure of its subsidiary.", "en", "Repsol", "REPSOL"),
        ("The Islamic State claimed the bombing in a statement.", "en", "Islamic State", "IS"),
        ("L'État islamique a revendiqué l'attentat.", "fr", "Islamic State", "IS"),
    ],
)
def test_entities_party_codes_of_their_own(text, lang, name, code):
    found = entities(text, lang)
    assert found.get(name, {}).get("code") == code, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The state is preparing a new budget for next year.", "en"),
        ("IS IT OVER? The talks resumed on Monday in Geneva.", "en"),
    ],
)
def test_entities_party_codes_no_party_from_common_words(text, lang):
    assert "IS" not in {e.get("code") for e in entities(text, lang).values()}
