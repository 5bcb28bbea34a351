"""An order is no request (issue 13, stop 55 helper evp55en, event precision): English "ordered X to do Y" names
the act Y of the one who orders it, which the real-news golds code as that act ("ordered the military" ASSAULT,
"ordered to shut" SANCTION, "ordered to leave" COERCE), never as a REQUEST to the one ordered, mostly the orderer's
own army, minister or banks; the lexicon's "order" REQUEST row is gone (lang/en/events.tsv), and an order to leave
is an expulsion (a row with ``inf=leave``: "ordered him to leave", which the REQUEST row had stood in for;
tests/test_events_passive_antecedent.py). Near misses: an expulsion ordered stays COERCE, a request or an urging
stays REQUEST. Invented sentences and people; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("norway", "Norway", "GPE", "NOR", None, "GOV", ["Norway", "Norwegian"]),
    ("chile", "Chile", "GPE", "CHL", None, "GOV", ["Chile", "Chilean"]),
    ("peru", "Peru", "GPE", "PER", None, "GOV", ["Peru", "Peruvian"]),
    ("kenya", "Kenya", "GPE", "KEN", None, "GOV", ["Kenya", "Kenyan"]),
]


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president ordered the army to secure the northern border on Monday.",
        "Norway has ordered its banks to halt all trade with Kenyan firms.",
        "The Peruvian leader ordered his interior minister to look into the alleged Chilean plot.",
    ],
)
def test_events_orders_no_request_an_order_is_no_request(text: str) -> None:
    assert sides(coded(text, "en", KB), "REQUEST") == []


@pytest.mark.parametrize(
    "text, etype",
    [
        ("Norway ordered two Kenyan diplomats to leave the country.", "COERCE"),
        ("Chile asked Peru to release the fishermen.", "REQUEST"),
        ("Norway urged Kenya to free the detained sailors.", "REQUEST"),
    ],
)
def test_events_orders_no_request_near_misses_stay(text: str, etype: str) -> None:
    assert sides(coded(text, "en", KB), etype)
