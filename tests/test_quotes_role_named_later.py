"""A lede names an official by a role of someone's ("Ostravia's prime minister said…", "his party's secretary
general announced…") and the next sentences by the name with that role ("Prime Minister Tom Birk told…", "Tom Birk,
secretary general of the party, wrote…"): the role phrase is that person (issue 12). A person named later without
the role, or a plural role, leaves the phrase a described speaker. Invented sentences and people."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "birk": ("Tom Birk", "PERSON", ["Tom Birk"]),
    "port": ("Velmar Harbour Authority", "ORG", ["Velmar Harbour Authority"]),
}


def _first_speakers(text: str) -> list[str]:
    quotes = run(text, "en", SPEC)
    return [s["name"] for s in quotes[0]["speakers"]]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Ostravia's prime minister said on Tuesday that the harbour would close. “We have sent four letters to the "
        "port,” Prime Minister Tom Birk told a meeting.",
        "The harbour was shut on Thursday, his party's secretary general told reporters.\n\nThe dockers went home as "
        "soon as the police arrived, Tom Birk, secretary general of the Velmar Harbour Authority, wrote on Friday.",
    ],
)
def test_quotes_role_named_later_the_lede_role_is_the_person_named_with_it(text: str) -> None:
    assert _first_speakers(text) == ["Tom Birk"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, phrase",
    [
        (
            "The harbour was shut on Thursday, the party's secretary general announced.\n\nTom Birk, who leads the "
            "dockers, said the strike would go on.",
            "the party's secretary general",
        ),
        (
            "Ostravia's ministers said on Tuesday that the harbour would close. “We have sent four letters to the "
            "port,” Minister Tom Birk told a meeting.",
            "Ostravia's ministers",
        ),
    ],
)
def test_quotes_role_named_later_no_holder_named_with_the_role(text: str, phrase: str) -> None:
    assert _first_speakers(text) == [phrase]
