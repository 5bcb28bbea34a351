"""Speakers coordinated under the common nouns that describe them ("Neighbours and allies Ostravia and Velmar
said…"): the names speak, every one of them (a conjunct of a conjunct too), the nouns only say who they are (issue
12, stop 35). Common nouns alone still speak as described sources ("Officials and residents said…"). Invented
sentences and places."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "ostravia": ("Ostravia", "GPE", ["Ostravia"]),
    "velmar": ("Velmar", "GPE", ["Velmar"]),
}


def _speakers(text: str) -> list[set[tuple[str | None, str]]]:
    return [{(s["id"], s["name"]) for s in q["speakers"]} for q in run(text, "en", SPEC)]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Neighbours and allies Ostravia and Velmar said they stood with the kingdom.",
        "Allies Ostravia and Velmar said they stood with the kingdom.",
        "Ostravia and Velmar said they stood with the kingdom.",
    ],
)
def test_coordinated_speakers_the_names_speak(text: str) -> None:
    assert _speakers(text) == [{("ostravia", "Ostravia"), ("velmar", "Velmar")}]


@pytest.mark.e2e
def test_coordinated_speakers_common_nouns_alone_are_described() -> None:
    found = _speakers("Officials and residents said they stood with the kingdom.")
    assert found and all(sid is None for group in found for sid, _ in group), found
