"""An unnamed spokesperson with no body of its own speaks for the body whose statement the text gave last before it
(:mod:`veille.analysis.quotes.spoken_body`); invented texts, invented people and places."""

from __future__ import annotations

import pytest

from quote_fixtures import analysed_speakers

pytestmark = pytest.mark.e2e

COMMISSION = "The European Commission said on Tuesday that talks with Ostravia would resume next week.\n\n"
STATE = "The State Department said on Friday that its envoy had met officials in Brevonne.\n\n"
NUMBER_TEN = (
    "Downing Street said on Monday that talks with Valdoria would go on.\n\n"
    "The Kelm Herald reported that a deal was close. "
)
READY = '"We are ready to find solutions for the farmers of Kelm," '


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (COMMISSION + READY + "a spokesman said.", "We are ready", "European Commission"),
        (
            STATE + '"Do not doubt our resolve to protect our diplomats," a department spokesperson added.',
            "Do not doubt",
            "United States Department of State",
        ),
        (
            NUMBER_TEN + "But the Prime Minister's official spokesman said: \"The mood in the room is good, and the "
            'gaps are narrowing."',
            "The mood in the room",
            "Downing Street",
        ),
    ],
    ids=["bare-spokesman", "department-compound", "person-spokesman-outlet-between"],
)
def test_quotes_spoken_body_speaks(text: str, words: str, body: str) -> None:
    assert analysed_speakers(text, words) == [{body}]


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (READY + "a spokesman said on Tuesday.", "We are ready", "European Commission"),  # a lede: no body spoke
        (
            "Paul Martel said on Tuesday that talks with Ostravia would resume next week.\n\n"
            + READY
            + "a spokesman said.",
            "We are ready",
            "Paul Martel",
        ),  # a person spoke last: the spokesman is not his
        (COMMISSION + READY + "a police spokesman said.", "We are ready", "European Commission"),  # another body
    ],
    ids=["lede", "person-before", "other-body-compound"],
)
def test_quotes_spoken_body_near_misses(text: str, words: str, body: str) -> None:
    found = analysed_speakers(text, words)
    assert len(found) == 1 and body not in found[0]
