"""Whom a request noun asks: the subject of the clause it holds ("its call for China to withdraw", "the demand that
China withdraw", a "for" infinitive the parser hangs on the verb that holds the noun), never the actor's own side
nor a clause that only comments ("saying that ..."); and officials named by their place ("officials in Jakarta")
act for its state, as the authorities do. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("indonesia", "Indonesia", "GPE", "IDN", None, "GOV", ["Indonesia"]),
    ("jakarta", "Jakarta", "GPE", "IDN", None, None, ["Jakarta"]),
    ("china", "China", "GPE", "CHN", None, "GOV", ["China"]),
    ("vietnam", "Vietnam", "GPE", "VNM", None, "GOV", ["Vietnam"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Jakarta renewed its call for China to withdraw its vessels.", ({"IDN"}, {"CHN"})),
        ("Indonesia repeated its demand that China withdraw its vessels.", ({"IDN"}, {"CHN"})),
        (
            "Officials in Jakarta have stepped up their calls for China to refrain from any further confrontation.",
            ({"IDN"}, {"CHN"}),
        ),
        ("Indonesia renewed its call for China and Vietnam to withdraw their vessels.", ({"IDN"}, {"CHN", "VNM"})),
    ],
)
def test_events_asked_clauses_subject_is_asked(text, expected):
    assert expected in sides(run(text), "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia repeated its demand for talks, saying that China had ignored it.",
        "Indonesia renewed its call for its fishermen to stay away from the area.",
        "Indonesia repeated its call for calm after China had sent ships.",
    ],
)
def test_events_asked_clauses_no_other_addressee(text):
    assert not [s for s in sides(run(text), "REQUEST") if s[1] & {"CHN"}]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Officials in Jakarta condemned China on Monday.", [({"IDN"}, {"CHN"})]),
        ("Officials condemned the storm damage on Monday.", []),
    ],
)
def test_events_asked_clauses_officials_of_a_place(text, expected):
    assert sides(run(text), "ACCUSE") == expected
