"""A state or its organs acting on persons of that state the text names (issue 13, stop 48): home politics, coded
with the one state on both sides as the real-news golds code domestic acts ("the authorities arrested opposition
leader X", "X was arrested": :func:`veille.analysis.events.domestic.home_pair`, events.json ``home_person_types``),
where one state acting on itself is otherwise no event. Near misses: types not listed (an accusation, a praise),
French (no list). Invented sentences and people; real states."""

from __future__ import annotations

import pytest

from test_events import coded, typed_sides
from test_events_trigger_paradigms import KB as BASE_KB

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

KB = [
    *BASE_KB,
    ("opio", "Sam Opio", "PERSON", None, "UGA", None, ["Sam Opio", "Opio"]),
    ("akena", "Ruth Akena", "PERSON", None, "UGA", None, ["Ruth Akena", "Akena"]),
]
HOME = (frozenset({"UGA"}), frozenset({"UGA"}))


def sides(text: str, lang: str = "en") -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return typed_sides(coded(text, lang, KB))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Opposition leader Sam Opio was arrested in Kampala on Wednesday after a rally, his lawyers said.", "COERCE"),
        ("Uganda has arrested opposition leader Ruth Akena, officials said on Monday.", "COERCE"),
        ("The Ugandan authorities arrested opposition leader Sam Opio in Kampala on Wednesday.", "COERCE"),
        ("Uganda detained the opposition lawmaker Ruth Akena on Friday, her lawyers said.", "COERCE"),
    ],
)
def test_domestic_organ_on_named_person(text: str, etype: str) -> None:
    found = sides(text)
    assert (etype, *HOME) in found, (text, found)


@pytest.mark.parametrize(
    ("text", "etype", "lang"),
    [
        # types not listed: an accusation (measured: it gained on two sets and lost on a third), a praise
        (
            "Uganda accused opposition leader Sam Opio on Monday of plotting to overthrow the government.",
            "ACCUSE",
            "en",
        ),
        ("Uganda praised the opposition lawmaker Ruth Akena on Friday for her work.", "SUPPORT", "en"),
        # French has no list: the English sentence above is read, not this one
        ("Les autorités ougandaises ont arrêté l'opposant Sam Opio mercredi.", "COERCE", "fr"),
    ],
)
def test_domestic_organ_on_named_person_near_misses(text: str, etype: str, lang: str) -> None:
    assert (etype, *HOME) not in sides(text, lang)
