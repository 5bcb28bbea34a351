"""A state's officials named by the state alone speak for it (issue 12, stop 43): "Ostravian officials said…",
"Ostravia officials said…", "Ostravian and Valdorian officials have said…" are statements of the states, as the
real-news golds list them (a state's unnamed officials speak as their state); before, the phrase was a described
source. Near misses stay described: one official ("an Ostravian official"), officials qualified by anything else
("senior", "health", "two", "speaking on condition of anonymity"), a city's officials; an organisation's officials
speak for it as before. Invented sentences, states and bodies."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "kb:country:OST": ("Ostravia", "GPE", ["Ostravian", "Ostravia"]),
    "kb:country:VAL": ("Valdor", "GPE", ["Valdorian", "Valdor"]),
    "kb:city:kelm": ("Kelm", "GPE", ["Kelm"]),
    "org:ftu": ("Free Traders Union", "ORG", ["FTU"]),
}

pytestmark = pytest.mark.e2e


def _said(text: str) -> list[list[tuple[str | None, str]]]:
    """The speakers (id, name) of each quote of ``text`` that holds "border"."""
    return [[(s["id"], s["name"]) for s in q["speakers"]] for q in run(text, "en", SPEC) if "border" in q["text"]]


@pytest.mark.parametrize(
    "text, ids",
    [
        ("Ostravian officials said the border would reopen on Monday.", ["kb:country:OST"]),
        ("Ostravia officials said the border would reopen on Monday.", ["kb:country:OST"]),
        ("The border would reopen on Monday, Ostravian officials said.", ["kb:country:OST"]),
        ("Ostravian officials, however, stated that the border would reopen soon.", ["kb:country:OST"]),
        ("The border would reopen on Monday, according to Ostravian officials.", ["kb:country:OST"]),
        (
            "Ostravian and Valdorian officials have said the border guard was shot during the night.",
            ["kb:country:OST", "kb:country:VAL"],
        ),
    ],
)
def test_quotes_state_officials_speak_as_the_state(text: str, ids: list[str]) -> None:
    assert [[sid for sid, _ in who] for who in _said(text)] == [ids]


@pytest.mark.parametrize(
    "text",
    [
        "An Ostravian official said the border would reopen on Monday.",
        "Senior Ostravian officials said the border would reopen on Monday.",
        "Ostravian health officials said the border would reopen on Monday.",
        "Two Ostravian officials said the border would reopen on Monday.",
        "Ostravian officials speaking on condition of anonymity said the border would reopen on Monday.",
        "Kelm officials said the border would reopen on Monday.",
    ],
)
def test_quotes_state_officials_near_miss_described(text: str) -> None:
    found = _said(text)
    assert found and all(sid is None for who in found for sid, _ in who), found


def test_quotes_state_officials_organisation_unchanged() -> None:
    assert _said("FTU officials said the border would reopen on Monday.") == [[("org:ftu", "Free Traders Union")]]
