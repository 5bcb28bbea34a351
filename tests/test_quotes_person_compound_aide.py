"""An unnamed aide named by the person they serve, in a compound before the noun ("a senior Valmont administration
official", "a Valmont aide", "a Dessart adviser", "a Valmont spokesman"), is an unnamed source, described by the
phrase: not the person named in it (issue 12), as "a spokesman for President X" already was. Near misses: the aide's
name printed ("Valmont spokesman Tom Hale": Tom Hale), an organisation in the compound ("a Pentagon official": the
organisation, as before). Written before any dev output was read for the class; every person and statement is
invented."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "valmont": ("Jon Valmont", "PERSON", ["Jon Valmont", "Valmont"]),
    "dessart": ("Eva Dessart", "PERSON", ["Eva Dessart", "Dessart"]),
    "hale": ("Tom Hale", "PERSON", ["Tom Hale"]),
    "pentagon": ("Pentagon", "ORG", ["Pentagon"]),
}

LEDE = "President Jon Valmont spoke with Chancellor Eva Dessart on Monday. "


def _speakers(text: str, words: str) -> list[list[str]]:
    return [[s["name"] for s in q["speakers"]] for q in run(LEDE + text, "en", SPEC) if words in q["text"]]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, who",
    [
        ("“The talks went well,” a senior Valmont administration official said.", "a senior Valmont administration"),
        ("A senior Valmont administration official said the talks went well.", "A senior Valmont administration"),
        ("A Valmont aide said the talks went well.", "A Valmont aide"),
        ("A Dessart adviser told reporters the talks went well.", "A Dessart adviser"),
        ("“The talks went well,” a Valmont spokesman said.", "a Valmont spokesman"),
    ],
)
def test_quotes_person_compound_aide_is_unnamed(text: str, who: str) -> None:
    found = _speakers(text, "talks went well")
    assert len(found) == 1 and len(found[0]) == 1 and found[0][0].startswith(who)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, who",
    [
        ("“The talks went well,” Valmont spokesman Tom Hale said.", "Tom Hale"),
        ("“The talks went well,” a Pentagon official said.", "Pentagon"),
    ],
)
def test_quotes_person_compound_aide_near_miss(text: str, who: str) -> None:
    assert _speakers(text, "talks went well") == [[who]]
