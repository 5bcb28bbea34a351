"""National legislatures known by a proper name of their own ("the State Duma", "the Knesset", "the Bundestag",
"the Lok Sabha", "the Storting", « la Douma », « la Knesset »): bodies of their state (bodies.tsv rows whose state
the name implies, body_names.tsv for their English names), as "the State Department" is the United States'.
Before, the NER read some as organisations with no state and cut others ("State Duma" was "Duma", a Syrian town of
the gazetteer, or a person; bodies yield to people, so their words are taken first: entities.legislatures). Near
misses: a legislature named by a common noun alone ("the parliament", "the lower house") is none of them.
Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,lang,name,code",
    [
        ("The State Duma approved the bill in a third reading on Tuesday.", "en", "State Duma", "RUS"),
        ("The Knesset voted late on Monday to dissolve itself.", "en", "Knesset", "ISR"),
        ("Lawmakers in the Bundestag rejected the motion.", "en", "Bundestag", "DEU"),
        ("The Lok Sabha passed the amendment after a heated debate.", "en", "Lok Sabha", "IND"),
        ("Deputies in the lower house State Duma voted on Friday.", "en", "State Duma", "RUS"),
        ("The Storting will debate the budget next week.", "en", "Storting", "NOR"),
        ("La Douma a adopté mardi le projet de loi en troisième lecture.", "fr", "State Duma", "RUS"),
        ("La Knesset a voté sa dissolution lundi soir.", "fr", "Knesset", "ISR"),
        ("The Verkhovna Rada extended martial law for ninety days.", "en", "Verkhovna Rada", "UKR"),
    ],
)
def test_legislature_proper_names(text: str, lang: str, name: str, code: str) -> None:
    found = entities(text, lang)
    assert name in found, found
    assert found[name]["code"] == code, found[name]


@pytest.mark.parametrize(
    "text",
    ["The parliament approved the bill on Tuesday.", "The lower house voted late on Monday to dissolve itself."],
)
def test_common_noun_legislature_near_misses(text: str) -> None:
    found = entities(text, "en")
    assert not any(n in found for n in ("State Duma", "Knesset", "Bundestag", "Lok Sabha", "Storting")), found
