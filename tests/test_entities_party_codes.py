"""Firms the real-news golds code under a name of their own (issue 13, stop 42): a company the news names as a
party (Sonatrach, Repsol) is coded under its name (SONATRACH, REPSOL), not as its state and not left out, as the
media already are. Knowledge-base data (orgs.tsv). Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("text", "lang", "name", "code"),
    [
        ("Le groupe Sonatrach a signé un contrat gazier avec un partenaire italien.", "fr", "Sonatrach", "SONATRACH"),
        ("Sonatrach raised its gas deliveries to Italy this winter.", "en", "Sonatrach", "SONATRACH"),
        ("Repsol demanded compensation after the seizure of its subsidiary.", "en", "Repsol", "REPSOL"),
        ("Le pétrolier Repsol a réclamé une indemnisation à Buenos Aires.", "fr", "Repsol", "REPSOL"),
    ],
)
def test_entities_party_codes_of_firms(text, lang, name, code):
    found = entities(text, lang)
    assert found.get(name, {}).get("code") == code, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The state oil company raised its prices on Monday.", "en"),
        ("La compagnie pétrolière nationale a relevé ses prix lundi.", "fr"),
    ],
)
def test_entities_party_codes_no_firm_from_common_nouns(text, lang):
    assert not {"SONATRACH", "REPSOL"} & {e.get("code") for e in entities(text, lang).values()}
