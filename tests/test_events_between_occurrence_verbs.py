"""The sides of a meeting noun that is the subject of a verb of occurrence are its "entre" complement, wherever the
parse hangs it on that verb: « un entretien a eu lieu mardi entre X et Y », « une rencontre s'est tenue mardi
à Genève entre X et Y » (``occurrence_verbs`` of ``lang/<code>/modality.json``). Before, such a
complement was read only right after the noun, so a date or a place between them left the meeting with no side
(:func:`veille.analysis.events.between.occurrence_sides`). Near misses: dates between « entre » and « et », a
topic noun of a verb that is no occurrence. Invented people and sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, typed_sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("norway", "Norway", "GPE", "NOR", None, "GOV", ["Norvège", "Norway"]),
    ("sweden", "Sweden", "GPE", "SWE", None, "GOV", ["Suède", "Sweden"]),
    ("olsen", "Per Olsen", "PERSON", None, "NOR", "GOV", ["Per Olsen"]),
    ("lindqvist", "Anna Lindqvist", "PERSON", None, "SWE", "GOV", ["Anna Lindqvist"]),
]
BOTH = frozenset({"NOR", "SWE"})


@pytest.mark.parametrize(
    "text",
    [
        "Un entretien a eu lieu mardi entre Per Olsen et Anna Lindqvist.",
        "Un bref entretien a eu lieu, jeudi 3 mars, entre Per Olsen et Anna Lindqvist.",
        "Des pourparlers ont aussi eu lieu entre Per Olsen et Anna Lindqvist à Oslo.",
        "Une rencontre s'est tenue mardi à Genève entre Per Olsen et Anna Lindqvist.",
    ],
)
def test_events_between_occurrence_verb_gives_the_meeting_its_sides(text: str) -> None:
    assert ("CONSULT", BOTH, BOTH) in typed_sides(coded(text, "fr", KB))


@pytest.mark.parametrize(
    "text",
    [
        "Les pourparlers ont eu lieu entre le 4 avril et le 6 mai dans une ville de Norvège.",
        "Une coopération entre la Norvège et la Suède a été discutée lundi.",
    ],
)
def test_events_between_occurrence_verb_near_misses_read_no_meeting(text: str) -> None:
    assert not any(etype == "CONSULT" for etype, _, _ in typed_sides(coded(text, "fr", KB)))
