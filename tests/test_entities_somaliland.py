"""Somaliland, the self-declared republic in the north of Somalia, is a party of its own in the real-news golds
(code SOMALILAND, as both annotator groups of real2 and real3 give it), not Somalia and not a place without a code:
knowledge-base data (countries_hand.tsv, merged into countries.tsv). Somalia stays SOM. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kenya hosted the leader of Somaliland for two days of talks.", "en"),
        ("The Republic of Somaliland opened a trade office abroad.", "en"),
        ("Le Kenya a reçu mardi le président du Somaliland.", "fr"),
        ("Le Somaliland et la Norvège ont conclu jeudi un accord portuaire.", "fr"),
    ],
)
def test_entities_somaliland_is_its_own_party(text, lang):
    found = entities(text, lang)
    assert found.get("Somaliland", {}).get("code") == "SOMALILAND", found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Somalia recalled its envoy to Nairobi on Friday.", "en"),
        ("La Somalie a rappelé son ambassadeur vendredi.", "fr"),
    ],
)
def test_entities_somaliland_somalia_stays_somalia(text, lang):
    codes = {e.get("code") for e in entities(text, lang).values()}
    assert "SOM" in codes and "SOMALILAND" not in codes
