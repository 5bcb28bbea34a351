"""A role phrase owned by a state ("Ostravia's president said…") names the person of that state whom the text
called by that role before ("Ostravia's President Karel Dunst", then "Dunst"), not an unnamed source: the possessive
read only a holder named after it (issue 12, stop 61). Invented sentences, people and places."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "ostravia": ("Ostravia", "GPE", ["Ostravia"]),
    "velmar": ("Velmar", "GPE", ["Velmar"]),
    "dunst": ("Karel Dunst", "PERSON", ["Ostravia's President", "Karel Dunst", "Dunst"]),
    "pirek": ("Anna Pirek", "PERSON", ["Velmar's Prime Minister", "Anna Pirek", "Pirek"]),
}

MET = (
    "Ostravia's President Karel Dunst met Velmar's Prime Minister Anna Pirek in the port city on Monday. "
    "The two leaders discussed trade and the border. Dunst thanked his host for the welcome. "
)


def _speakers(text: str) -> list[tuple[str, set[str | None]]]:
    return [(q["text"], {s["id"] for s in q["speakers"]}) for q in run(text, "en", SPEC)]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        MET + "On Tuesday, Ostravia's president pledged to keep working closely with Velmar on energy.",
        MET + "Ostravia's president said the talks had been useful for both countries.",
        MET + "The talks had been useful for both countries, Ostravia's president said on Tuesday.",
    ],
)
def test_quotes_state_role_holder_named_before(text: str) -> None:
    found = _speakers(text)
    assert found and found[-1][1] == {"dunst"}, found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        # the person of that state was called by another role: no holder known
        MET.replace("Ostravia's President", "Ostravia's Foreign Minister").replace("Prime Minister", "President")
        + "Ostravia's president said the talks had been useful for both countries.",
        # the holder of that role is of another state
        MET + "Velmar's president said the talks had been useful for both countries.",
        # a plural is no one person
        MET + "Ostravia's ministers said the talks had been useful for both countries.",
    ],
)
def test_quotes_state_role_holder_near_misses_stay_unnamed(text: str) -> None:
    found = _speakers(text)
    assert found and None in found[-1][1] and "dunst" not in found[-1][1], found
