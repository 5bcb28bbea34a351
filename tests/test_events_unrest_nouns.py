"""Unrest as a state of a country, not a protest (issue 13, stop 54 helper evpfr54, taken up at stop 55 by evp55en): the
English noun "unrest" is a protest only where the unrest itself happens ("unrest erupted", "unrest rocked the capital"),
as French « troubles » is read only with « éclater », « secouer », « agiter », « embraser »; unrest told as a background
of another clause ("amid the political unrest that followed", "the drought sparked unrest") is no act of anyone.
Invented sentences and people; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("uganda", "Uganda", "GPE", "UGA", None, "GOV", ["Uganda", "Ugandan"]),
    ("kampala", "Kampala", "GPE", "UGA", None, None, ["Kampala"]),
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["Mali", "Malian"]),
    ("bamako", "Bamako", "GPE", "MLI", None, None, ["Bamako"]),
]


@pytest.mark.parametrize(
    "text",
    [
        "The relief office in Bamako was opened in 2015 amid the political unrest that followed the mutiny in Mali.",
        "The long drought has also sparked unrest in the eastern provinces of Uganda.",
        "Investors left Kampala amid the unrest of the past winter in Uganda.",
    ],
)
def test_events_unrest_nouns_background_unrest_is_no_protest(text: str) -> None:
    assert sides(coded(text, "en", KB), "PROTEST") == []


@pytest.mark.parametrize(
    "text",
    [
        "Unrest erupted in Kampala on Monday after the vote count.",
        "Unrest rocked Bamako for a third day on Friday.",
        "Thousands of students marched in Kampala against the fee increase.",
    ],
)
def test_events_unrest_nouns_unrest_that_happens_is_a_protest(text: str) -> None:
    assert sides(coded(text, "en", KB), "PROTEST")
