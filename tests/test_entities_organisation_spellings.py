"""International organisations under the British and Commonwealth spelling of their names ("World Trade
Organisation", "International Labour Organisation", "Collective Security Treaty Organisation"): the same
organisation and code as the "-ization" spelling (orgs.tsv English names). Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The minister said the country would take the dispute to the World Trade Organisation.", "WTO"),
        ("A report by the International Labour Organisation found wages had fallen.", "ILO"),
        ("Armenia froze its participation in the Collective Security Treaty Organisation.", "CSTO"),
        ("Monitors from the Organisation for Security and Co-operation in Europe arrived on Friday.", "OSCE"),
        ("The World Trade Organization ruled on the tariffs on Monday.", "WTO"),
    ],
)
def test_entities_organisation_spellings_name_the_same_body(text, code):
    found = entities(text, "en")
    assert code in {e.get("code") for e in found.values()}, found
